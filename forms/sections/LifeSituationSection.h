// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class LifeSituationSection;
}

namespace kotoplan {

// Field 16: the summary of the client's life situation and competence.
class LifeSituationSection : public PlanSection
{
    Q_OBJECT

public:
    explicit LifeSituationSection(QWidget *parent = nullptr);
    ~LifeSituationSection() override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::LifeSituationSection> m_ui;
};

} // namespace kotoplan
