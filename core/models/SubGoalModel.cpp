// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/SubGoalModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include "models/RowMoves.h"

namespace kotoplan {

SubGoalModel::SubGoalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SubGoalModel::setRows(const QList<SubGoal> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

SubGoal SubGoalModel::subGoalAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : SubGoal{};
}

int SubGoalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubGoalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString &SubGoalModel::cell(SubGoal &row, int column) const
{
    switch (column) {
    case Measure:
        return row.measure;
    case Responsible:
        return row.responsible;
    case Schedule:
        return row.schedule;
    default:
        return row.goal;
    }
}

QVariant SubGoalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    SubGoal row = m_rows.at(index.row());
    if (role == ServiceIdRole)
        return row.serviceId;
    if (role == Qt::ToolTipRole && index.column() == Measure && row.serviceId > 0)
        return tr("A service of the integration programme's catalogue");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return cell(row, index.column());
}

bool SubGoalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SubGoal &row = m_rows[index.row()];
    if (role == ServiceIdRole) {
        row.serviceId = value.toLongLong();
        Q_EMIT dataChanged(index, index, {ServiceIdRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    QString &text = cell(row, index.column());
    if (text == value.toString())
        return true;
    text = value.toString();
    // A measure typed by hand no longer is the catalogue's service.
    if (index.column() == Measure)
        row.serviceId = 0;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool SubGoalModel::setService(int row, qint64 serviceId, const QString &measure,
                              const QString &responsible)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    SubGoal &subGoal = m_rows[row];
    if (subGoal.measure == measure && subGoal.serviceId == serviceId &&
        (responsible.isEmpty() || subGoal.responsible == responsible))
        return true;
    subGoal.measure = measure;
    subGoal.serviceId = serviceId;
    if (!responsible.isEmpty())
        subGoal.responsible = responsible;
    Q_EMIT dataChanged(index(row, Measure), index(row, Responsible),
                       {Qt::DisplayRole, Qt::EditRole, ServiceIdRole});
    return true;
}

QVariant SubGoalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Goal:
        return tr("Sub-goal");
    case Measure:
        return tr("Measure");
    case Responsible:
        return tr("Responsible party");
    case Schedule:
        return tr("Schedule");
    default:
        return {};
    }
}

Qt::ItemFlags SubGoalModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool SubGoalModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, SubGoal{});
    endInsertRows();
    return true;
}

bool SubGoalModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool SubGoalModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
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

bool SubGoalModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
