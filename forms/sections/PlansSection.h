// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class PlansSection;
}

namespace kotoplan {

// Fields 21 to 23: the language and other study plans and long-term measures.
class PlansSection : public PlanSection
{
    Q_OBJECT

public:
    explicit PlansSection(QWidget *parent = nullptr);
    ~PlansSection() override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PlansSection> m_ui;
};

} // namespace kotoplan
