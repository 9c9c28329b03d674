// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

class QLabel;
class QWidget;

namespace kotoplan {

// Marks the inputs of a section whose "field" property names a problem, and lists the messages
// in words under the section, so the officer sees what is wrong where it is wrong.
class FieldProblems
{
public:
    // Shows the problems whose field belongs to `section`; returns how many were shown.
    static int show(QWidget *section, QLabel *label, const Problems &problems);
    static QWidget *inputFor(QWidget *section, const QString &field);
};

} // namespace kotoplan
