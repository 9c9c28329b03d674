// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QApplication>
#include <QDialog>
#include <QString>
#include <QTest>
#include <QTimer>

#include <functional>

namespace kotoplan::test {

// Types text key by key into the widget, as a keyboard would, in any script
// (QTest::keyClicks knows Latin-1 only).
void typeText(QWidget *widget, const QString &text);
// Shows a window at the size of a small laptop's screen and waits until it is active, ready for
// keys; false when it never became active.
bool showActive(QWidget &window);
// Saves a screenshot into the build tree's screenshots folder, to look at.
QString saveScreenshot(QWidget &widget, const QString &name);

// Runs `keys` on the modal dialog of type Dialog once its exec() has shown it, as the officer
// meets it: the active window, its first field taking the keys. A dialog the keys left open is
// rejected, so the test cannot hang.
template<typename Dialog> void whenDialogOpens(const std::function<void(Dialog &)> &keys)
{
    QTimer::singleShot(0, [keys] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QApplication::setActiveWindow(dialog);
        if (QTest::qWaitForWindowActive(dialog))
            keys(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

} // namespace kotoplan::test
