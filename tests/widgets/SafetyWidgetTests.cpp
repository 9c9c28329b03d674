// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// What the officer sees when the database is read-only, restored, or damaged.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/BackupActions.h"
#include "demo/DemoData.h"
#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "editor/ReadOnlyBanner.h"
#include "models/CaseListModel.h"
#include "storage/Backups.h"
#include "stores/ClientStore.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 23), QTime(9, 15));

QAction *restoreEntry(BackupActions &actions, const QString &text)
{
    Q_EMIT actions.restoreMenu()->aboutToShow();
    const QList<QAction *> entries = actions.restoreMenu()->actions();
    for (QAction *action : entries) {
        if (action->text().contains(text))
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A read-only database shows a banner and offers no editing", "[widgets][readonly]")
{
    const FixedClock clock(fixedNow);
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 12).error.isEmpty());
    Database readOnly;
    REQUIRE(readOnly.open(db.path(), Database::Mode::ReadOnly).ok());

    MainWindow window(readOnly.connection());
    window.setReadOnly(readOnly.readOnlyReason());
    BackupActions actions(readOnly, &window);
    actions.addTo(window.fileMenu());
    window.resize(1100, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    REQUIRE(window.readOnlyBanner());
    CHECK(window.readOnlyBanner()->isVisible());
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("Read-only.")));
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("test.sqlite")));
    CHECK_FALSE(window.newClientAction()->isEnabled());
    CHECK_FALSE(window.findChild<QPushButton *>(QStringLiteral("newClientButton"))->isEnabled());
    CHECK_FALSE(actions.backUpAction()->isEnabled());
    CHECK_FALSE(actions.restoreMenu()->isEnabled());
    // The cases are still there to read.
    CHECK(window.caseModel()->rowCount() == 12);
    window.newClient(); // Ctrl+N or a stray call: nothing opens, nothing is written
    CHECK(ClientStore(readOnly.connection()).count() == 12);
    test::saveScreenshot(window, QStringLiteral("read-only-window"));
}

TEST_CASE("File > Restore from backup asks with the date and counts, then restores",
          "[widgets][backup]")
{
    const FixedClock clock(fixedNow);
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 10).error.isEmpty());
    const Backups::Result backup =
        Backups(db.path()).write(db.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    const BackupInfo info = Backups::inspect(backup.path);
    REQUIRE(DemoData::generate(db.connection(), 4).error.isEmpty());

    MainWindow window(db.connection());
    BackupActions actions(db.database(), &window);
    // No backup is read before the menu opens (each is read whole): a placeholder until then.
    REQUIRE(actions.restoreMenu()->actions().size() == 1);
    CHECK(actions.restoreMenu()->actions().first()->text() ==
          QStringLiteral("Reading the backups…"));
    CHECK_FALSE(actions.restoreMenu()->actions().first()->isEnabled());
    actions.addTo(window.fileMenu());
    QObject::connect(&actions, &BackupActions::databaseReplaced, window.caseModel(),
                     &CaseListModel::reload);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.caseModel()->rowCount() == 14);
    CHECK(window.fileMenu()->actions().contains(actions.restoreMenu()->menuAction()));

    window.fileMenu()->popup(window.mapToGlobal(QPoint(0, 0)));
    QTest::qWait(50);
    test::saveScreenshot(*window.fileMenu(), QStringLiteral("file-menu"));
    actions.restoreMenu()->popup(window.mapToGlobal(QPoint(200, 100)));
    QTest::qWait(50);
    test::saveScreenshot(*actions.restoreMenu(), QStringLiteral("restore-menu"));
    actions.restoreMenu()->hide();
    window.fileMenu()->hide();
    QAction *entry =
        restoreEntry(actions, QStringLiteral("23.11.2026 09:15, made by hand – 10 clients"));
    REQUIRE(entry);

    // Cancel changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    entry->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("23.11.2026 09:15")));
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("It holds 10 clients and %1 plans.").arg(info.plans)));
    CHECK(window.caseModel()->rowCount() == 14);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    entry = restoreEntry(actions, QStringLiteral("10 clients"));
    REQUIRE(entry);
    entry->trigger();
    CHECK(window.caseModel()->rowCount() == 10);
    CHECK(ClientStore(db.connection()).count() == 10);
    // The replaced database, 14 clients, is now a backup of its own.
    CHECK(restoreEntry(actions, QStringLiteral("14 clients")));
}

TEST_CASE("A damaged file at start offers the latest backup", "[widgets][broken]")
{
    const FixedClock clock(fixedNow);
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 30).error.isEmpty());
    REQUIRE(Backups(db.path()).write(db.connection(), QStringLiteral("manual")).ok);
    db.database().close();
    QByteArray bytes = test::fileBytes(db.path());
    REQUIRE(bytes.size() > 4 * 4096);
    bytes.replace(3 * 4096, 4096, QByteArray(4096, '\0'));
    REQUIRE(test::writeFile(db.path(), bytes));

    Database database;
    const Database::OpenResult opened = database.open(db.path());
    REQUIRE(opened.offersBackup());

    SECTION("declined: nothing changes")
    {
        MessageBox::setNextAnswer(QMessageBox::No);
        CHECK_FALSE(BackupActions::offerLatestBackup(database, opened, nullptr));
        CHECK(test::fileBytes(db.path()) == bytes);
    }
    SECTION("accepted: the backup is restored")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(BackupActions::offerLatestBackup(database, opened, nullptr));
        CHECK(ClientStore(database.connection()).count() == 30);
    }
    CHECK(MessageBox::lastText().contains(QStringLiteral("is damaged")));
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("The latest backup is from 23.11.2026 09:15 and holds 30 clients")));
}
