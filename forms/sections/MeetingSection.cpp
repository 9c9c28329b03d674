// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/MeetingSection.h"

#include "domain/ClientCodes.h"
#include "domain/DateText.h"
#include "editor/CodePicker.h"
#include "models/ParticipantModel.h"
#include "ui_MeetingSection.h"

#include <QEvent>

#include <QTableView>

namespace kotoplan {

MeetingSection::MeetingSection(QWidget *parent)
    : PlanSection(parent)
    , m_participants(new ParticipantModel(this))
    , m_ui(std::make_unique<Ui::MeetingSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
    m_ui->participantsEditor->setModel(m_participants);
    retranslate();
    m_ui->participantsLabel->setBuddy(m_ui->participantsEditor->tableView());
    new CodePicker(m_ui->interpreterLanguageEdit, CodeSuggestionModel::Kind::Language, false);
    connect(m_ui->interpreterYesRadio, &QRadioButton::toggled, this,
            &MeetingSection::updateEnabled);
    updateEnabled();
}

MeetingSection::~MeetingSection() = default;

void MeetingSection::setPlan(const Plan &plan)
{
    PlanSection::setPlan(plan);
    m_participants->setRows(plan.participants);
    switch (plan.interpreterPresent) {
    case YesNo::Yes:
        m_ui->interpreterYesRadio->setChecked(true);
        break;
    case YesNo::No:
        m_ui->interpreterNoRadio->setChecked(true);
        break;
    case YesNo::Unset:
        m_ui->interpreterUnsetRadio->setChecked(true);
        break;
    }
    m_ui->interpreterLanguageEdit->setText(plan.interpreterLanguage);
    switch (plan.interpretingMode) {
    case InterpretingMode::OnSite:
        m_ui->modeOnSiteRadio->setChecked(true);
        break;
    case InterpretingMode::Phone:
        m_ui->modePhoneRadio->setChecked(true);
        break;
    case InterpretingMode::Video:
        m_ui->modeVideoRadio->setChecked(true);
        break;
    case InterpretingMode::Unset:
        m_ui->modeUnsetRadio->setChecked(true);
        break;
    }
    updateEnabled();
}

void MeetingSection::applyTo(Plan &plan) const
{
    PlanSection::applyTo(plan);
    plan.participants = m_participants->rows();
    plan.interpreterPresent = m_ui->interpreterYesRadio->isChecked()  ? YesNo::Yes
                              : m_ui->interpreterNoRadio->isChecked() ? YesNo::No
                                                                      : YesNo::Unset;
    // Language and mode belong to an interpreter who is there; what is typed stays in the form.
    const bool present = plan.interpreterPresent == YesNo::Yes;
    plan.interpreterLanguage =
        present ? clientCodes::language(m_ui->interpreterLanguageEdit->text()) : QString();
    InterpretingMode mode = InterpretingMode::Unset;
    if (m_ui->modeOnSiteRadio->isChecked())
        mode = InterpretingMode::OnSite;
    else if (m_ui->modePhoneRadio->isChecked())
        mode = InterpretingMode::Phone;
    else if (m_ui->modeVideoRadio->isChecked())
        mode = InterpretingMode::Video;
    plan.interpretingMode = present ? mode : InterpretingMode::Unset;
}

Problems MeetingSection::typingProblems() const
{
    Problems problems;
    checkDate(problems, m_ui->draftedOnEdit, "draftedOn");
    return problems;
}

void MeetingSection::updateEnabled()
{
    const bool present = m_ui->interpreterYesRadio->isChecked();
    m_ui->interpreterLanguageEdit->setEnabled(present);
    m_ui->interpretingModeFrame->setEnabled(present);
}

void MeetingSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    PlanSection::changeEvent(event);
}

void MeetingSection::retranslate()
{
    m_ui->participantsEditor->setAccessibleTableName(tr("Participants"));
}

} // namespace kotoplan
