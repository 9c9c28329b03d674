// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <QSqlDatabase>

#include <memory>

namespace Ui {
class SubGoalsSection;
}

namespace kotoplan {

class MeasureDelegate;
class SubGoalModel;

// Field 24: the ordered table of sub-goals, measures, responsible parties and schedules.
class SubGoalsSection : public PlanSection
{
    Q_OBJECT

public:
    explicit SubGoalsSection(QWidget *parent = nullptr);
    ~SubGoalsSection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    SubGoalModel *subGoalModel() const { return m_subGoals; }
    // The measure cell offers the services of this database's catalogue as the officer types.
    void setServiceCatalogue(QSqlDatabase db);
    MeasureDelegate *measureDelegate() const { return m_measureDelegate; }

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SubGoalModel *m_subGoals = nullptr;
    MeasureDelegate *m_measureDelegate = nullptr;
    std::unique_ptr<Ui::SubGoalsSection> m_ui;
};

} // namespace kotoplan
