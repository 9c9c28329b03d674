// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class ConsentSection;
}

namespace kotoplan {

// Fields 25 and 26: rights discussed, and the client understood what was agreed.
class ConsentSection : public PlanSection
{
    Q_OBJECT

public:
    explicit ConsentSection(QWidget *parent = nullptr);
    ~ConsentSection() override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ConsentSection> m_ui;
};

} // namespace kotoplan
