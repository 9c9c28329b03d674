// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace kotoplan {

// Every "type one line" question of the program goes through here, so tests can give the next
// answer instead of a person.
class TextPrompt
{
public:
    // What the person typed, starting from text; nothing when they cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &label,
                                      const QString &text);

    // For tests: the next prompt is not shown and answers this (nothing: cancelled).
    static void setNextAnswer(const std::optional<QString> &answer);
    // For tests: the label of the last prompt, shown or answered.
    static QString lastLabel();
};

} // namespace kotoplan
