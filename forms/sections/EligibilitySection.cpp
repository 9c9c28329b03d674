// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/EligibilitySection.h"

#include "domain/DateText.h"
#include "domain/Eligibility.h"
#include "ui_EligibilitySection.h"

#include <QEvent>

namespace kotoplan {

EligibilitySection::EligibilitySection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::EligibilitySection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
    m_ui->warningLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #c0392b; padding: 6px; "
        "font-weight: bold; }"));
    m_ui->warningLabel->setVisible(false);
    connect(m_ui->reviewRadio, &QRadioButton::toggled, this, &EligibilitySection::kindChosen);
}

EligibilitySection::~EligibilitySection() = default;

void EligibilitySection::setPlan(const Plan &plan)
{
    PlanSection::setPlan(plan);
    (plan.kind == PlanKind::Review ? m_ui->reviewRadio : m_ui->firstPlanRadio)->setChecked(true);
    m_ui->firstPlanDateEdit->setEnabled(plan.kind == PlanKind::Review);
}

void EligibilitySection::applyTo(Plan &plan) const
{
    PlanSection::applyTo(plan);
    plan.kind = m_ui->reviewRadio->isChecked() ? PlanKind::Review : PlanKind::First;
    // The first plan's date belongs to a review: what is typed stays in the form.
    if (plan.kind != PlanKind::Review)
        plan.firstPlanDate = QDate();
}

Problems EligibilitySection::typingProblems() const
{
    Problems problems;
    if (m_ui->reviewRadio->isChecked())
        checkDate(problems, m_ui->firstPlanDateEdit, "firstPlanDate");
    return problems;
}

void EligibilitySection::kindChosen()
{
    const bool review = m_ui->reviewRadio->isChecked();
    m_ui->firstPlanDateEdit->setEnabled(review);
    if (review && m_ui->firstPlanDateEdit->text().trimmed().isEmpty() &&
        m_historyFirstPlanDate.isValid())
        m_ui->firstPlanDateEdit->setText(dateText::displayDate(m_historyFirstPlanDate));
}

void EligibilitySection::showEligibility(QDate firstPermitDate, QDate planDate, QDate today)
{
    const QDate onDate = planDate.isValid() ? planDate : today;
    const Eligibility result = Eligibility::evaluate(firstPermitDate, onDate);
    if (!result.known) {
        m_ui->permitInfoLabel->setText(
            tr("The date of the first residence permit is not entered yet (see Client)."));
        m_ui->deadlineInfoLabel->clear();
        m_ui->warningLabel->setVisible(false);
        return;
    }
    m_ui->permitInfoLabel->setText(
        tr("First residence permit: %1").arg(dateText::displayDate(firstPermitDate)));
    if (result.eligible) {
        m_ui->deadlineInfoLabel->setText(
            tr("Less than 3 years have passed, so a plan can be drawn up. Deadline %1, days "
               "left: %2.")
                .arg(dateText::displayDate(result.deadline))
                .arg(result.daysLeft));
        m_ui->warningLabel->setVisible(false);
    } else {
        m_ui->deadlineInfoLabel->setText(
            tr("Deadline: %1").arg(dateText::displayDate(result.deadline)));
        m_ui->warningLabel->setText(
            tr("⚠ The deadline has passed (days over: %1): 3 years or more have passed since "
               "the first residence permit. Check that a plan can still be drawn up.")
                .arg(-result.daysLeft));
        m_ui->warningLabel->setVisible(true);
    }
}

void EligibilitySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
