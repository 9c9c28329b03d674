// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/FieldProblems.h"

#include <QLabel>
#include <QWidget>

namespace kotoplan {

namespace {
const char *const fieldProperty = "field";
const char *const invalidProperty = "kotoplanInvalid";
} // namespace

QWidget *FieldProblems::inputFor(QWidget *section, const QString &field)
{
    for (QWidget *widget : section->findChildren<QWidget *>()) {
        if (widget->property(fieldProperty).toString() == field)
            return widget;
    }
    return nullptr;
}

int FieldProblems::show(QWidget *section, QLabel *label, const Problems &problems)
{
    QStringList messages;
    for (QWidget *widget : section->findChildren<QWidget *>()) {
        if (widget->property(fieldProperty).isValid() &&
            widget->property(invalidProperty).toBool()) {
            widget->setProperty(invalidProperty, false);
            widget->setStyleSheet(QString());
            widget->setAccessibleDescription(QString());
        }
    }
    for (const Problem &problem : problems) {
        QWidget *input = inputFor(section, problem.field);
        if (!input)
            continue;
        messages.append(problem.message);
        input->setProperty(invalidProperty, true);
        input->setAccessibleDescription(problem.message);
        input->setStyleSheet(QStringLiteral("border: 2px solid #c0392b;"));
    }
    if (label) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
    return int(messages.size());
}

} // namespace kotoplan
