// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class NextMeetingSection;
}

namespace kotoplan {

// Field 29: the date, time and place of the next meeting.
class NextMeetingSection : public PlanSection
{
    Q_OBJECT

public:
    explicit NextMeetingSection(QWidget *parent = nullptr);
    ~NextMeetingSection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    Problems typingProblems() const override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::NextMeetingSection> m_ui;
};

} // namespace kotoplan
