// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "domain/Validation.h"

#include <QWidget>

class QLineEdit;

namespace kotoplan {

// One section of the paper form in the plan editor: shows its part of a plan and writes it back.
// The widgets hold what the officer typed, even when it cannot be saved yet.
class PlanSection : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSection(QWidget *parent = nullptr);

    // Fills the widgets of the plain fields of the table (PlanFields) whose `field` property
    // names them; a section with more overrides both and calls these first.
    virtual void setPlan(const Plan &plan);
    // Writes what is typed into `plan`; text that is no date leaves that date empty.
    virtual void applyTo(Plan &plan) const;
    // What is typed but is no value at all, such as a date that does not exist.
    virtual Problems typingProblems() const;
    // Marks this section's fields among `problems`; returns how many belong here.
    int showProblems(const Problems &problems);

protected:
    // Styles the help lines of the form (guidance, not fields) after setupUi.
    void styleHelpLines();
    static void checkDate(Problems &problems, const QLineEdit *edit, const char *field);
};

} // namespace kotoplan
