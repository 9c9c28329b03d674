// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/TextPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

#include <utility>

namespace kotoplan {

namespace {
bool answerWaiting = false;
std::optional<QString> nextAnswer;
QString shownLabel;
} // namespace

std::optional<QString> TextPrompt::ask(QWidget *parent, const QString &title, const QString &label,
                                       const QString &text)
{
    shownLabel = label;
    if (answerWaiting) {
        answerWaiting = false;
        return std::exchange(nextAnswer, std::nullopt);
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

void TextPrompt::setNextAnswer(const std::optional<QString> &answer)
{
    answerWaiting = true;
    nextAnswer = answer;
}

QString TextPrompt::lastLabel()
{
    return shownLabel;
}

} // namespace kotoplan
