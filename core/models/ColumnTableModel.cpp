// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/ColumnTableModel.h"

#include "i18n/Translations.h"

#include <QEvent>

namespace kotoplan {

ColumnTableModel::ColumnTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{}

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns)
        return {};
    return columnTitle(section);
}

bool ColumnTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
