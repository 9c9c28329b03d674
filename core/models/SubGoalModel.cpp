// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/SubGoalModel.h"

#include "domain/DateText.h"

namespace kotoplan {

SubGoalModel::SubGoalModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{}

QString &SubGoalModel::text(SubGoal &row, int column) const
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

QString SubGoalModel::columnTitle(int column) const
{
    switch (column) {
    case Measure:
        return tr("Measure");
    case Responsible:
        return tr("Responsible party");
    case Schedule:
        return tr("Schedule");
    case StartedOn:
        return tr("Started on");
    default:
        return tr("Sub-goal");
    }
}

void SubGoalModel::edited(SubGoal &row, int column) const
{
    if (column == Measure)
        row.serviceId = 0;
}

QVariant SubGoalModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const SubGoal &row = rowList().at(index.row());
    if (role == ServiceIdRole)
        return row.serviceId;
    if (role == Qt::ToolTipRole && index.column() == Measure && row.serviceId > 0)
        return tr("A service of the integration programme's catalogue");
    if (role == Qt::ToolTipRole && index.column() == StartedOn)
        return tr("The day the service began, for example 2.10.2025");
    if (index.column() == StartedOn)
        return role == Qt::DisplayRole || role == Qt::EditRole
                   ? QVariant(dateText::displayDate(row.startedOn))
                   : QVariant();
    return RowListModel::data(index, role);
}

bool SubGoalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role == Qt::EditRole && isCell(index) && index.column() == StartedOn) {
        const std::optional<QDate> date = dateText::parseDate(value.toString());
        if (!date) {
            Q_EMIT dateRefused(tr("Type the start date as day.month.year, for example 2.10.2025."));
            return false;
        }
        SubGoal &row = rowList()[index.row()];
        if (row.startedOn != *date) {
            row.startedOn = *date;
            Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        }
        return true;
    }
    if (role != ServiceIdRole)
        return RowListModel::setData(index, value, role);
    if (!isCell(index))
        return false;
    rowList()[index.row()].serviceId = value.toLongLong();
    Q_EMIT dataChanged(index, index, {ServiceIdRole});
    return true;
}

bool SubGoalModel::setService(int row, qint64 serviceId, const QString &measure,
                              const QString &responsible)
{
    if (row < 0 || row >= rowCount())
        return false;
    SubGoal &subGoal = rowList()[row];
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

} // namespace kotoplan
