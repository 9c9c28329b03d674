// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/GoalsSection.h"

#include "ui_GoalsSection.h"

#include <QEvent>

namespace kotoplan {

GoalsSection::GoalsSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::GoalsSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
    for (QRadioButton *button : goalButtons())
        connect(button, &QRadioButton::toggled, this, &GoalsSection::updateEnabled);
    retranslate();
    updateEnabled();
}

void GoalsSection::retranslate()
{
    const QList<QRadioButton *> buttons = goalButtons();
    const QList<MainGoal> goals = mainGoal::all();
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        buttons.at(i)->setText(mainGoal::label(goals.at(i)));
        buttons.at(i)->setAccessibleName(mainGoal::label(goals.at(i)));
    }
}

GoalsSection::~GoalsSection() = default;

// In the order of mainGoal::all(), which is the order of the form.
QList<QRadioButton *> GoalsSection::goalButtons() const
{
    return {m_ui->workRadio,           m_ui->vocationRadio,      m_ui->literacyRadio,
            m_ui->basicEducationRadio, m_ui->basicLanguageRadio, m_ui->otherLanguageRadio,
            m_ui->rehabilitationRadio, m_ui->everydayLifeRadio,  m_ui->otherGoalRadio};
}

void GoalsSection::setPlan(const Plan &plan)
{
    PlanSection::setPlan(plan);
    const QList<QRadioButton *> buttons = goalButtons();
    const qsizetype chosen = mainGoal::all().indexOf(plan.mainGoal);
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        // Unchecking the last checked choice needs the group's exclusivity off for a moment.
        buttons.at(i)->setAutoExclusive(false);
        buttons.at(i)->setChecked(i == chosen);
        buttons.at(i)->setAutoExclusive(true);
    }
    m_ui->otherLanguageLevelEdit->setText(
        plan.mainGoal == MainGoal::OtherLanguageLevel ? plan.mainGoalText : QString());
    m_ui->otherGoalEdit->setText(plan.mainGoal == MainGoal::Other ? plan.mainGoalText : QString());
    updateEnabled();
}

void GoalsSection::applyTo(Plan &plan) const
{
    PlanSection::applyTo(plan);
    plan.mainGoal = MainGoal::None;
    const QList<QRadioButton *> buttons = goalButtons();
    const QList<MainGoal> goals = mainGoal::all();
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        if (buttons.at(i)->isChecked())
            plan.mainGoal = goals.at(i);
    }
    // Only the text of the chosen goal counts; the other one stays in the form untouched.
    if (plan.mainGoal == MainGoal::OtherLanguageLevel)
        plan.mainGoalText = m_ui->otherLanguageLevelEdit->text();
    else if (plan.mainGoal == MainGoal::Other)
        plan.mainGoalText = m_ui->otherGoalEdit->text();
    else
        plan.mainGoalText.clear();
    // The occupational goals belong to the goal of work: what is typed stays in the form.
    if (!mainGoal::allowsOccupation(plan.mainGoal)) {
        plan.occupationPrimary.clear();
        plan.occupationAlternatives.clear();
    }
}

void GoalsSection::updateEnabled()
{
    m_ui->otherLanguageLevelEdit->setEnabled(m_ui->otherLanguageRadio->isChecked());
    m_ui->otherGoalEdit->setEnabled(m_ui->otherGoalRadio->isChecked());
    const bool work = m_ui->workRadio->isChecked();
    m_ui->occupationPrimaryEdit->setEnabled(work);
    m_ui->occupationAlternativesEdit->setEnabled(work);
}

void GoalsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
