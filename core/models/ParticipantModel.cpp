// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/ParticipantModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include "models/RowMoves.h"

namespace kotoplan {

ParticipantModel::ParticipantModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantModel::setRows(const QList<Participant> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

Participant ParticipantModel::participantAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : Participant{};
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Participant &row = m_rows.at(index.row());
    return index.column() == Name ? row.name : row.organisation;
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Participant &row = m_rows[index.row()];
    QString &cell = index.column() == Name ? row.name : row.organisation;
    const QString text = value.toString();
    if (cell == text)
        return true;
    cell = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    default:
        return {};
    }
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool ParticipantModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, Participant{});
    endInsertRows();
    return true;
}

bool ParticipantModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool ParticipantModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (!rowMoves::isValid(sourceParent, sourceRow, count, destinationParent, destinationChild,
                           int(m_rows.size())) ||
        !beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent,
                       destinationChild))
        return false;
    rowMoves::apply(m_rows, sourceRow, count, destinationChild);
    endMoveRows();
    return true;
}

bool ParticipantModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
