// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/SaveConflictModel.h"

#include "i18n/Translations.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFont>

namespace kotoplan {

SaveConflictModel::SaveConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SaveConflictModel::setConflict(const SaveConflict &conflict)
{
    beginResetModel();
    m_conflict = conflict;
    endResetModel();
}

void SaveConflictModel::setWording(Wording wording)
{
    beginResetModel();
    m_wording = wording;
    endResetModel();
}

SaveConflict SaveConflictModel::conflict() const
{
    // Not value_or(): its argument, a whole comparison of two empty versions, would be built
    // on every call.
    return m_conflict ? *m_conflict : SaveConflict({}, {}, {});
}

void SaveConflictModel::keepAll(bool mine)
{
    if (!m_conflict || m_conflict->fields().isEmpty())
        return;
    for (int row = 0; row < m_conflict->fields().size(); ++row)
        m_conflict->setKeepMine(row, mine);
    Q_EMIT dataChanged(index(0, Mine), index(rowCount() - 1, Theirs), {Qt::CheckStateRole});
}

int SaveConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_conflict ? 0 : int(m_conflict->fields().size());
}

int SaveConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaveConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaveConflict::Field &field = m_conflict->fields().at(index.row());
    const bool both = field.bothEdited();
    switch (role) {
    case BothEditedRole:
        return both;
    case KeyRole:
        return field.key;
    case Qt::CheckStateRole:
        if (index.column() == Field)
            return {};
        return (index.column() == Mine) == field.keepMine ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        // The same pale yellow as the comparison of versions: both officers wrote here.
        return both ? QVariant(QBrush(QColor(255, 236, 179))) : QVariant();
    case Qt::ForegroundRole:
        return both ? QVariant(QBrush(QColor(Qt::black))) : QVariant();
    case Qt::FontRole:
        if (both && index.column() == Field) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const auto shown = [](const QString &text) {
            return text.isEmpty() ? tr("(empty)") : text;
        };
        switch (index.column()) {
        case Field:
            if (m_wording == Wording::ImportedClient)
                return field.label;
            if (both)
                return tr("%1 (changed by both)").arg(field.label);
            return field.mineEdited ? tr("%1 (changed by you)").arg(field.label)
                                    : tr("%1 (changed by the other)").arg(field.label);
        case Mine:
            return shown(field.mine);
        case Theirs:
            return shown(field.theirs);
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

bool SaveConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() == Field)
        return false;
    // Exclusive: ticking one side chooses it, unticking it chooses the other.
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    m_conflict->setKeepMine(index.row(), (index.column() == Mine) == checked);
    Q_EMIT dataChanged(this->index(index.row(), Mine), this->index(index.row(), Theirs),
                       {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags SaveConflictModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Field ? base : base | Qt::ItemIsUserCheckable;
}

QVariant SaveConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool imported = m_wording == Wording::ImportedClient;
    switch (section) {
    case Field:
        return tr("Field");
    case Mine:
        return imported ? tr("Keep stored") : tr("Your version");
    case Theirs:
        return imported ? tr("Take from the file") : tr("Saved meanwhile");
    default:
        return {};
    }
}

bool SaveConflictModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
