// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/StatisticsTableModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include <QLocale>

namespace kotoplan {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return 1 + int(m_table.valueKeys.size()) + (m_table.hasShare ? 1 : 0);
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticsRow &row = m_table.rows.at(index.row());
    const int column = index.column();
    if (role == KeyRole)
        return row.key;
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != NumberRole)
        return {};
    if (column == 0)
        return role == Qt::DisplayRole ? QVariant(row.label) : QVariant();
    if (column - 1 < row.values.size()) {
        if (role == NumberRole)
            return row.values.at(column - 1);
        if (m_table.minuteKeys.contains(m_table.valueKeys.value(column - 1)))
            return QLocale().toString(double(row.values.at(column - 1)) / 60.0, 'f', 1);
        const QString text = m_table.text(row, column - 1);
        bool plain = false;
        const qint64 number = text.toLongLong(&plain);
        return plain ? QLocale().toString(number) : text;
    }
    const double share = StatisticsTable::share(row);
    if (role == NumberRole)
        return share;
    return share < 0 ? QStringLiteral("–") : QLocale().toString(share, 'f', 1);
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != KeyRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == KeyRole ? QStringLiteral("label") : m_table.labelHeader;
    if (section - 1 < m_table.valueKeys.size())
        return role == KeyRole ? m_table.valueKeys.at(section - 1)
                               : m_table.valueHeaders.value(section - 1);
    return role == KeyRole ? QStringLiteral("share-percent") : m_table.shareHeader();
}

void StatisticsTableModel::setTable(const StatisticsTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

bool StatisticsTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
