// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/MessageBox.h"

#include <QPushButton>

namespace kotoplan {

namespace {
QList<QMessageBox::StandardButton> nextAnswers;
QList<int> nextChoices;
QString shownText;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    shownText = text;
    if (!nextAnswers.isEmpty())
        return nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

int MessageBox::choice(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices, int defaultChoice)
{
    shownText = text;
    if (!nextChoices.isEmpty()) {
        const int answer = nextChoices.takeFirst();
        return answer == DefaultChoice ? defaultChoice : answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    if (defaultChoice >= 0 && defaultChoice < buttons.size()) {
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.at(defaultChoice)));
        buttons.at(defaultChoice)->setFocus();
    }
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void MessageBox::addNextChoices(const QList<int> &answers)
{
    nextChoices.append(answers);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers = {answer};
}

void MessageBox::addNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    nextAnswers.append(answers);
}

QString MessageBox::lastText()
{
    return shownText;
}

} // namespace kotoplan
