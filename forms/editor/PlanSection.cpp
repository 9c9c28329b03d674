// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/PlanSection.h"

#include "domain/DateText.h"
#include "editor/FieldProblems.h"
#include "editor/FieldWidgets.h"
#include "fields/PlanFields.h"

#include <QLabel>
#include <QLineEdit>

namespace kotoplan {

PlanSection::PlanSection(QWidget *parent)
    : QWidget(parent)
{}

void PlanSection::setPlan(const Plan &plan)
{
    fieldWidgets::fill(this, PlanFields::rules(), plan);
}

void PlanSection::applyTo(Plan &plan) const
{
    fieldWidgets::read(this, PlanFields::rules(), plan);
}

Problems PlanSection::typingProblems() const
{
    return {};
}

int PlanSection::showProblems(const Problems &problems)
{
    auto *label = findChild<QLabel *>(QStringLiteral("problemsLabel"));
    if (label)
        label->setStyleSheet(QStringLiteral("color: #a93226;"));
    return FieldProblems::show(this, label, problems);
}

void PlanSection::styleHelpLines()
{
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->property("kotoplanHelp").toBool()) {
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setTextFormat(Qt::PlainText);
        }
    }
    if (auto *label = findChild<QLabel *>(QStringLiteral("problemsLabel")))
        label->setVisible(false);
}

void PlanSection::checkDate(Problems &problems, const QLineEdit *edit, const char *field)
{
    if (!dateText::parseDate(edit->text()))
        problems.append({QString::fromLatin1(field),
                         tr("Type the date as day.month.year, for example 23.11.2026.")});
}

} // namespace kotoplan
