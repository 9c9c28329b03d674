// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMessageBox>

namespace kotoplan {

// Every message box of the program goes through here, so tests can give the next answer
// instead of a person and read what the box said. File dialogs go through FileDialogs.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // One of a few choices, each a button (with its mnemonic), and Cancel; Enter takes
    // `defaultChoice`. The index of the choice, -1 when cancelled.
    static int choice(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &choices, int defaultChoice);

    // For tests: the next box is not shown and answers this.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: the next boxes, one after the other, answer these.
    static void addNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // For tests: the next choice boxes answer these indexes (DefaultChoice: Enter, -1: Cancel).
    static constexpr int DefaultChoice = -2;
    static void addNextChoices(const QList<int> &answers);
    // For tests: the text of the last box, shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace kotoplan
