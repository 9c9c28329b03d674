// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class EligibilitySection;
}

namespace kotoplan {

// Fields 14 and 15: the eligibility deadline (computed, never typed) and first plan or review.
class EligibilitySection : public PlanSection
{
    Q_OBJECT

public:
    explicit EligibilitySection(QWidget *parent = nullptr);
    ~EligibilitySection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    Problems typingProblems() const override;
    // The client's first permit date and the plan's date decide the deadline shown.
    void showEligibility(QDate firstPermitDate, QDate planDate, QDate today);
    // The date of the client's first plan, filled in when the officer marks a review.
    void setHistoryFirstPlanDate(QDate date) { m_historyFirstPlanDate = date; }

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void kindChosen();
    QDate m_historyFirstPlanDate;
    std::unique_ptr<Ui::EligibilitySection> m_ui;
};

} // namespace kotoplan
