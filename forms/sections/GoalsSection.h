// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <memory>

class QRadioButton;

namespace Ui {
class GoalsSection;
}

namespace kotoplan {

// Fields 17 to 20: the future wish, the main goal (one of nine) and occupational goals.
class GoalsSection : public PlanSection
{
    Q_OBJECT

public:
    explicit GoalsSection(QWidget *parent = nullptr);
    ~GoalsSection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    QList<QRadioButton *> goalButtons() const;
    std::unique_ptr<Ui::GoalsSection> m_ui;
};

} // namespace kotoplan
