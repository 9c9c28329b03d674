// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The program asks for the officer's name at a start without one, so the audit log names a
// person rather than only an account.
#include "TestSupport.h"
#include "settings/OfficerSettings.h"
#include "window/MainWindow.h"
#include "window/WindowRunner.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("A start without an officer's name asks for it, and the answer is kept",
          "[settings][officer]")
{
    const QString before = officer::name();
    officer::setName({});
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("desk.sqlite"));

    WindowRunner runner;
    bool asked = false;
    const QMetaObject::Connection first =
        QObject::connect(&runner, &WindowRunner::windowShown, [&](MainWindow *window) {
            QTimer::singleShot(100, window, [&asked, window] {
                auto *prompt = window->findChild<QInputDialog *>(QStringLiteral("officerPrompt"));
                asked = prompt && prompt->isVisible() && !prompt->isModal();
                if (prompt) {
                    prompt->setTextValue(QStringLiteral("Aino Officer"));
                    prompt->accept();
                }
                QCoreApplication::exit(0);
            });
        });
    CHECK(runner.run(database) == 0);
    CHECK(asked);
    CHECK(officer::name() == QStringLiteral("Aino Officer"));
    QObject::disconnect(first);

    // With a name, the next start asks nothing.
    bool askedAgain = true;
    QObject::connect(&runner, &WindowRunner::windowShown, [&](MainWindow *window) {
        QTimer::singleShot(100, window, [&askedAgain, window] {
            askedAgain = window->findChild<QInputDialog *>(QStringLiteral("officerPrompt"));
            QCoreApplication::exit(0);
        });
    });
    CHECK(runner.run(database) == 0);
    CHECK_FALSE(askedAgain);
    officer::setName(before);
}
