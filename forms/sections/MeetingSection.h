// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class MeetingSection;
}

namespace kotoplan {

class ParticipantModel;

// Fields 1 to 3: who takes part, the interpreter, and the plan's date.
class MeetingSection : public PlanSection
{
    Q_OBJECT

public:
    explicit MeetingSection(QWidget *parent = nullptr);
    ~MeetingSection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    Problems typingProblems() const override;
    ParticipantModel *participantModel() const { return m_participants; }

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    ParticipantModel *m_participants = nullptr;
    std::unique_ptr<Ui::MeetingSection> m_ui;
};

} // namespace kotoplan
