// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class OutcomesSection;
}

class QTableView;

namespace kotoplan {

class SubGoalOutcomeModel;

// A review only: how each sub-goal of the previous plan went (achieved, partly, not achieved,
// changed) with a note. The rows are the previous plan's sub-goals and cannot be added or moved.
class OutcomesSection : public PlanSection
{
    Q_OBJECT

public:
    explicit OutcomesSection(QWidget *parent = nullptr);
    ~OutcomesSection() override;

    // The sub-goals of the plan the review continues; set before setPlan.
    void setPreviousSubGoals(const QList<SubGoal> &subGoals);
    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    SubGoalOutcomeModel *outcomeModel() const { return m_outcomes; }
    QTableView *tableView() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SubGoalOutcomeModel *m_outcomes = nullptr;
    std::unique_ptr<Ui::OutcomesSection> m_ui;
};

} // namespace kotoplan
