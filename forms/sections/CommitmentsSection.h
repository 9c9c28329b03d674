// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

namespace Ui {
class CommitmentsSection;
}

namespace kotoplan {

// Fields 27 and 28: what is expected of the client and what the municipality commits to.
class CommitmentsSection : public PlanSection
{
    Q_OBJECT

public:
    explicit CommitmentsSection(QWidget *parent = nullptr);
    ~CommitmentsSection() override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CommitmentsSection> m_ui;
};

} // namespace kotoplan
