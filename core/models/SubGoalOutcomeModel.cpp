// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/SubGoalOutcomeModel.h"

namespace kotoplan {

SubGoalOutcomeModel::SubGoalOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<SubGoalOutcome> SubGoalOutcomeModel::fitted(const QList<SubGoalOutcome> &rows) const
{
    QList<SubGoalOutcome> result;
    for (int position = 0; position < int(m_subGoals.size()); ++position) {
        SubGoalOutcome row{position, Outcome::Unset, {}};
        for (const SubGoalOutcome &given : rows) {
            if (given.position == position) {
                row = given;
                break;
            }
        }
        result.append(row);
    }
    return result;
}

void SubGoalOutcomeModel::setPreviousSubGoals(const QList<SubGoal> &subGoals)
{
    beginResetModel();
    m_subGoals = subGoals;
    m_rows = fitted(m_rows);
    endResetModel();
}

void SubGoalOutcomeModel::setRows(const QList<SubGoalOutcome> &rows)
{
    beginResetModel();
    m_rows = fitted(rows);
    endResetModel();
}

int SubGoalOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubGoalOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubGoalOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubGoalOutcome &row = m_rows.at(index.row());
    const SubGoal &subGoal = m_subGoals.at(index.row());
    if (role == OutcomeRole)
        return int(row.outcome);
    switch (index.column()) {
    case SubGoalText:
        if (role == Qt::DisplayRole)
            return subGoal.goal;
        if (role == Qt::ToolTipRole)
            return QStringList{subGoal.goal, subGoal.measure}.join(QLatin1Char('\n')).trimmed();
        return {};
    case Result:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return outcome::label(row.outcome);
        if (role == Qt::EditRole)
            return int(row.outcome);
        return {};
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return row.note;
        return {};
    default:
        return {};
    }
}

bool SubGoalOutcomeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SubGoalOutcome &row = m_rows[index.row()];
    if (index.column() == Result && (role == Qt::EditRole || role == OutcomeRole)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        const Outcome chosen = ok ? Outcome(number) : outcome::fromKey(value.toString());
        if (chosen != Outcome::Unset && !outcome::all().contains(chosen))
            return false;
        if (chosen == row.outcome)
            return true;
        row.outcome = chosen;
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, OutcomeRole});
        return true;
    }
    if (index.column() == Note && role == Qt::EditRole) {
        if (row.note == value.toString())
            return true;
        row.note = value.toString();
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }
    return false;
}

QVariant SubGoalOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SubGoalText:
        return tr("Sub-goal of the previous plan");
    case Result:
        return tr("Outcome");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags SubGoalOutcomeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return index.column() == SubGoalText ? flags : flags | Qt::ItemIsEditable;
}

} // namespace kotoplan
