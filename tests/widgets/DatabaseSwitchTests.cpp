// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Settings switches the window to another database without a restart (WindowRunner).
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/SettingsActions.h"
#include "dialogs/SettingsDialog.h"
#include "models/CaseListModel.h"
#include "settings/DatabaseLocation.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"
#include "window/MeetingMode.h"
#include "window/WindowRunner.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

class LocationGuard
{
public:
    LocationGuard() { QSettings().remove(QStringLiteral("database/location")); }
    ~LocationGuard() { QSettings().remove(QStringLiteral("database/location")); }
};

Plan readBack(const QString &path, qint64 id)
{
    Database other;
    if (!other.open(path).ok())
        return {};
    return PlanStore(other.connection()).load(id).value_or(Plan{});
}

// Once the event loop runs the Settings dialog, `fill` gets it; a dialog that never comes ends
// the run instead of hanging the test.
void onSettingsDialog(const std::function<void(SettingsDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            fill(dialog);
        else
            QCoreApplication::exit(1);
    });
}

void clickOk(SettingsDialog *dialog)
{
    QTest::mouseClick(dialog->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Ends a run that went wrong (a modal box left open) instead of hanging the test.
void endRunEventually(WindowRunner &runner)
{
    QTimer::singleShot(60000, &runner, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        QCoreApplication::exit(1);
    });
}

} // namespace

TEST_CASE("Settings switches the window to another database at once, the open plan saved first",
          "[settings][switch]")
{
    const LocationGuard guard;
    test::TempDatabase first;
    Client client = test::fullClient();
    REQUIRE(ClientStore(first.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(first.connection()).save(plan).ok());
    DatabaseLocation::setConfigured(first.path());
    const QTemporaryDir dir;
    const QString second = dir.filePath(QStringLiteral("team.sqlite"));

    WindowRunner runner;
    QStringList titles;
    QObject::connect(&runner, &WindowRunner::windowShown, [&](MainWindow *window) {
        titles.append(window->windowTitle());
        if (titles.size() > 1) {
            CHECK(window->caseModel()->rowCount() == 0); // the new, empty database
            // The second window's loop runs on: no Quit of the old window's end stops it, so
            // it ends with this code, not with 0.
            QTimer::singleShot(300, [] { QCoreApplication::exit(7); });
            return;
        }
        QTimer::singleShot(0, window, [window, second, firstPath = first.path(), planId = plan.id] {
            CHECK(window->workspace()->openPlan(planId));
            test::retype(test::input<QPlainTextEdit>(window->editor(), "futureWishEdit"),
                         QStringLiteral("Typed just before the switch"));
            onSettingsDialog([second, firstPath](SettingsDialog *dialog) {
                CHECK(dialog->pathEdit()->text() == firstPath);
                test::retype(dialog->pathEdit(), second);
                clickOk(dialog);
            });
            window->settingsActions()->settingsAction()->trigger();
        });
    });
    endRunEventually(runner);
    CHECK(runner.run(QString()) == 7);

    CHECK(titles == QStringList{QStringLiteral("Kotoplan – test.sqlite"),
                                QStringLiteral("Kotoplan – team.sqlite")});
    CHECK(DatabaseLocation::configured() == second);
    CHECK(QFileInfo::exists(second));
    // Typed in the old window, saved into the old database before it closed.
    CHECK(readBack(first.path(), plan.id).futureWish ==
          QStringLiteral("Typed just before the switch"));
}

TEST_CASE("With --database the window stays on it, and the setting takes effect at the next start",
          "[settings][switch]")
{
    const LocationGuard guard;
    test::TempDatabase given;
    const QTemporaryDir dir;
    const QString next = dir.filePath(QStringLiteral("next.sqlite"));

    WindowRunner runner;
    QStringList titles;
    QObject::connect(&runner, &WindowRunner::windowShown, [&](MainWindow *window) {
        titles.append(window->windowTitle());
        QTimer::singleShot(0, window, [window, next] {
            onSettingsDialog([next](SettingsDialog *dialog) {
                CHECK(dialog->commandLineLabel()->isVisible());
                CHECK(dialog->commandLineLabel()->text().contains(QStringLiteral("test.sqlite")));
                test::typeText(dialog->pathEdit(), next);
                clickOk(dialog);
            });
            window->settingsActions()->settingsAction()->trigger();
            // The dialog is closed and the window on the command line's database still.
            QCoreApplication::exit(0);
        });
    });
    endRunEventually(runner);
    CHECK(runner.run(given.path()) == 0);
    CHECK(titles == QStringList{QStringLiteral("Kotoplan – test.sqlite")});
    CHECK(DatabaseLocation::configured() == next);
    CHECK_FALSE(QFileInfo::exists(next));

    // The next start without --database opens the setting's database.
    WindowRunner nextStart;
    QObject::connect(&nextStart, &WindowRunner::windowShown, [&](MainWindow *window) {
        titles.append(window->windowTitle());
        CHECK_FALSE(window->isReadOnly());
        QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
    });
    endRunEventually(nextStart);
    CHECK(nextStart.run(QString()) == 0);
    CHECK(titles.value(1) == QStringLiteral("Kotoplan – next.sqlite"));
    CHECK(QFileInfo::exists(next));
}

TEST_CASE("Settings is in the Edit menu with the Preferences shortcut, and off in a meeting",
          "[settings]")
{
    test::TempDatabase db;
    MainWindow window(db.connection());
    QAction *settings = window.settingsActions()->settingsAction();
    CHECK(settings->text() == QStringLiteral("&Settings…"));
    CHECK(settings->shortcut() == QKeySequence(QKeySequence::Preferences));
    bool inEditMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Edit"))
            inEditMenu = menu->menu()->actions().contains(settings);
    }
    CHECK(inEditMenu);
    CHECK(settings->isEnabled());
    // The dialog shows the database's path: nothing of the sort while a client is present.
    window.meetingMode()->setOn(true);
    CHECK_FALSE(settings->isEnabled());
    window.meetingMode()->setOn(false);
    CHECK(settings->isEnabled());
}
