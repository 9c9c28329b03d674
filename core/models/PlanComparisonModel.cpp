// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/PlanComparisonModel.h"

#include "fields/ChangedWords.h"
#include "i18n/Translations.h"

#include <QEvent>
#include <QPoint>

#include "domain/DateText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kotoplan {

PlanComparisonModel::PlanComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanComparisonModel::setPlans(const Plan &before, const Plan &after)
{
    beginResetModel();
    m_fields = PlanComparison(before, after).fields();
    m_beforeTitle = dateText::displayDate(before.draftedOn);
    m_afterTitle = dateText::displayDate(after.draftedOn);
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Before, After);
}

int PlanComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int PlanComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanComparison::Field &field = m_fields.at(index.row());
    const bool byWord = field.changed && !field.before.isEmpty() && !field.after.isEmpty() &&
                        index.column() != Field;
    switch (role) {
    case ChangedWordsRole: {
        if (!byWord)
            return {};
        const ChangedWords words = ChangedWords::between(field.before, field.after);
        QVariantList spans;
        for (const ChangedWords::Span &span :
             index.column() == Before ? words.removed : words.added)
            spans.append(QPoint(span.start, span.length));
        return spans;
    }
    case ChangedRole:
        return field.changed;
    case KeyRole:
        return field.key;
    case Qt::BackgroundRole:
        // A pale yellow that reads on light and dark styles alike, besides the bold text.
        return field.changed ? QVariant(QBrush(QColor(255, 236, 179))) : QVariant();
    case Qt::ForegroundRole:
        return field.changed ? QVariant(QBrush(QColor(Qt::black))) : QVariant();
    case Qt::FontRole:
        // Where words are marked, they are bold; the rest of the text reads as normal text.
        if (field.changed && !byWord) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Field:
            return field.changed ? tr("%1 (changed)").arg(field.label) : field.label;
        case Before:
            return field.before;
        case After:
            return field.after;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PlanComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Before:
        return m_beforeTitle.isEmpty() ? tr("Before") : tr("Before (%1)").arg(m_beforeTitle);
    case After:
        return m_afterTitle.isEmpty() ? tr("After") : tr("After (%1)").arg(m_afterTitle);
    default:
        return {};
    }
}

bool PlanComparisonModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
