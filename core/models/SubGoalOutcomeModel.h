// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QAbstractTableModel>

namespace kotoplan {

// A review's assessment of the previous plan's sub-goals: one row per sub-goal of that plan, in
// its order, with the outcome and a note to edit. The rows are fixed: the previous plan is signed.
class SubGoalOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubGoalText,
        Result,
        Note,
        ColumnCount
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // the Outcome as an int, for editing and tests
    };

    explicit SubGoalOutcomeModel(QObject *parent = nullptr);

    // The sub-goals of the plan the review continues; the outcomes start unassessed.
    void setPreviousSubGoals(const QList<SubGoal> &subGoals);
    QList<SubGoal> previousSubGoals() const { return m_subGoals; }
    // One outcome per previous sub-goal, by position; outcomes for positions the previous plan
    // does not have are dropped, missing ones start unassessed.
    QList<SubGoalOutcome> rows() const { return m_rows; }
    void setRows(const QList<SubGoalOutcome> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<SubGoalOutcome> fitted(const QList<SubGoalOutcome> &rows) const;

    QList<SubGoal> m_subGoals;
    QList<SubGoalOutcome> m_rows;
};

} // namespace kotoplan
