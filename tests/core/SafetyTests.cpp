// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Nothing lost: backups and restore, broken files, read-only files, a full disk, two windows.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace kotoplan;

namespace {

const QDate firstDay(2026, 11, 1);

QDateTime morningOf(int day)
{
    return QDateTime(firstDay.addDays(day), QTime(8, 30));
}

// A database with `clients` clients, one plan, closed again.
qint64 fillDatabase(const QString &path, int clients)
{
    Database database;
    REQUIRE(database.open(path).ok());
    qint64 firstClient = 0;
    for (int i = 0; i < clients; ++i) {
        Client client = test::fullClient();
        client.name = QStringLiteral("Client %1").arg(i);
        REQUIRE(ClientStore(database.connection()).save(client).ok());
        if (i == 0)
            firstClient = client.id;
    }
    Plan plan = test::fullPlan(firstClient);
    REQUIRE(PlanStore(database.connection()).save(plan).ok());
    return plan.id;
}

QStringList backupNames(const QString &folder, const QString &filter)
{
    return QDir(folder + QStringLiteral("/backups")).entryList({filter}, QDir::Files, QDir::Name);
}

bool isPrivate(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return permissions.testFlag(QFileDevice::ReadOwner) &&
           !(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

} // namespace

TEST_CASE("The first open of each day keeps a private backup, the last 7 are kept", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        const FixedClock clock(morningOf(0));
        fillDatabase(path, 2);
    }
    for (int day = 1; day <= 9; ++day) {
        INFO("day " << day);
        const FixedClock clock(morningOf(day));
        for (int open = 0; open < 2; ++open) { // the second open of the day adds nothing
            Database database;
            REQUIRE(database.open(path).ok());
        }
        const QStringList daily = backupNames(dir.path(), QStringLiteral("cases-daily-*"));
        CHECK(daily.size() == std::min(day, Backups::keptPerKind));
        CHECK(daily.last() == QStringLiteral("cases-daily-%1.sqlite")
                                  .arg(morningOf(day).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        for (const QString &name : daily)
            CHECK(isPrivate(dir.filePath(QStringLiteral("backups/") + name)));
    }
    // Days 3 to 9 remain; days 1 and 2 were rotated away.
    const QStringList daily = backupNames(dir.path(), QStringLiteral("cases-daily-*"));
    REQUIRE(daily.size() == 7);
    CHECK(daily.first().contains(morningOf(3).toString(QStringLiteral("yyyyMMdd"))));
    CHECK(backupNames(dir.path(), QStringLiteral("*.partial")).isEmpty());
}

TEST_CASE("An empty database needs no daily backup", "[backup]")
{
    const FixedClock clock(morningOf(1));
    test::TempDatabase db;
    Database again;
    REQUIRE(again.open(db.path()).ok());
    CHECK_FALSE(QFileInfo::exists(db.folder() + QStringLiteral("/backups")));
}

TEST_CASE("Backups are listed newest first with the date and counts of the copy", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        const FixedClock clock(morningOf(0));
        fillDatabase(path, 1);
    }
    const FixedClock clock(morningOf(1));
    Database database;
    REQUIRE(database.open(path).ok()); // the daily copy: 1 client, 1 plan
    Client more = test::fullClient();
    REQUIRE(ClientStore(database.connection()).save(more).ok());
    Clock::setFixed(morningOf(1).addSecs(3600));
    const Backups::Result manual =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(manual.ok);
    CHECK(isPrivate(manual.path));

    const QList<BackupInfo> backups = Backups(path).list();
    REQUIRE(backups.size() == 2);
    CHECK(backups.at(0).kind == QStringLiteral("manual"));
    CHECK(backups.at(0).madeAt == morningOf(1).addSecs(3600));
    CHECK(backups.at(0).clients == 2);
    CHECK(backups.at(0).plans == 1);
    CHECK(backups.at(0).size == QFileInfo(manual.path).size());
    CHECK(backups.at(0).size > 0);
    CHECK(backups.at(1).kind == QStringLiteral("daily"));
    CHECK(backups.at(1).madeAt == morningOf(1));
    CHECK(backups.at(1).clients == 1);
    CHECK(Backups::formatTime(backups.at(1).madeAt) == QStringLiteral("2.11.2026 08:30"));
    CHECK(Backups(path).latestReadable()->path == manual.path);
}

TEST_CASE("Restore replaces the database with a backup and keeps the current one", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const FixedClock clock(morningOf(0));
    fillDatabase(path, 1);
    Database database;
    REQUIRE(database.open(path).ok());
    const Backups::Result backup =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    Client later = test::fullClient();
    REQUIRE(ClientStore(database.connection()).save(later).ok());
    // A copy of the connection, as a window holds one, works again after the restore.
    const QSqlDatabase windowConnection = database.connection();

    Clock::setFixed(morningOf(0).addSecs(60));
    const Backups::Result restored = Backups(path).restore(database, backup.path);
    INFO(restored.message.toStdString());
    REQUIRE(restored.ok);
    CHECK(database.isOpen());
    CHECK(ClientStore(windowConnection).count() == 1);
    CHECK_FALSE(ClientStore(windowConnection).load(later.id).has_value());
    CHECK(database.quickCheck() == QStringLiteral("ok"));
    CHECK(isPrivate(path));

    // The replaced contents are one restore away.
    const QStringList kept = backupNames(dir.path(), QStringLiteral("cases-before-restore-*"));
    REQUIRE(kept.size() == 1);
    CHECK(Backups::inspect(dir.filePath(QStringLiteral("backups/") + kept.first())).clients == 2);

    // And the restored database takes new saves.
    Client next = test::fullClient();
    CHECK(ClientStore(windowConnection).save(next).ok());
}

TEST_CASE("A backup that cannot be read is not restored", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const FixedClock clock(morningOf(0));
    fillDatabase(path, 2);
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    REQUIRE(test::writeFile(junk, QByteArray(8192, 'x')));
    Database database;
    REQUIRE(database.open(path).ok());
    const QByteArray before = test::fileBytes(path);
    const Backups::Result result = Backups(path).restore(database, junk);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("junk.sqlite")));
    CHECK(result.message.contains(QStringLiteral("Nothing was changed")));
    CHECK(database.isOpen());
    CHECK(ClientStore(database.connection()).count() == 2);
}

TEST_CASE("Each kind of broken file is refused, named, and left byte for byte", "[broken]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        const FixedClock clock(morningOf(0));
        fillDatabase(path, 40);
    }
    const QByteArray good = test::fileBytes(path);
    REQUIRE(good.size() >= 8 * 4096);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    QByteArray broken;
    Database::Status expected = Database::Status::Corrupt;
    QString says;
    SECTION("random bytes")
    {
        broken.resize(good.size());
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(broken.data()),
                                      broken.size() / 4);
        expected = Database::Status::NotADatabase;
        says = QStringLiteral("not a Kotoplan database");
    }
    SECTION("truncated at a page boundary")
    {
        broken = good.left(good.size() / 2 / 4096 * 4096);
        says = QStringLiteral("shorter than it should be");
    }
    SECTION("truncated in the middle of a page")
    {
        broken = good.left(good.size() - 1000);
        says = QStringLiteral("shorter than it should be");
    }
    SECTION("a page of zeros")
    {
        broken = good;
        broken.replace(2 * 4096, 4096, QByteArray(4096, '\0'));
        says = QStringLiteral("damaged");
    }
    SECTION("the first page zeroed")
    {
        broken = good;
        broken.replace(0, 4096, QByteArray(4096, '\0'));
        expected = Database::Status::NotADatabase;
        says = QStringLiteral("not a Kotoplan database");
    }
    REQUIRE(test::writeFile(path, broken));

    const FixedClock clock(morningOf(1));
    Database database;
    const Database::OpenResult result = database.open(path);
    INFO(result.message.toStdString());
    CHECK(result.status == expected);
    CHECK(result.offersBackup());
    CHECK(result.message.contains(QStringLiteral("cases.sqlite")));
    CHECK(result.message.contains(says));
    CHECK_FALSE(database.isOpen());
    CHECK(test::fileBytes(path) == broken);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_CASE("A damaged database is restored from the latest backup, the damage kept aside",
          "[broken][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        const FixedClock clock(morningOf(0));
        fillDatabase(path, 40);
    }
    {
        const FixedClock clock(morningOf(1));
        Database database;
        REQUIRE(database.open(path).ok()); // makes the daily backup
    }
    QByteArray broken = test::fileBytes(path);
    broken.replace(3 * 4096, 4096, QByteArray(4096, '\0'));
    REQUIRE(test::writeFile(path, broken));

    const FixedClock clock(morningOf(2));
    Database database;
    const Database::OpenResult opened = database.open(path);
    REQUIRE(opened.offersBackup());
    const std::optional<BackupInfo> latest = Backups(path).latestReadable();
    REQUIRE(latest);
    CHECK(latest->clients == 40);
    const Backups::Result restored = Backups(path).restore(database, latest->path);
    INFO(restored.message.toStdString());
    REQUIRE(restored.ok);
    CHECK(database.isOpen());
    CHECK(ClientStore(database.connection()).count() == 40);
    const QStringList damaged = backupNames(dir.path(), QStringLiteral("cases-damaged-*"));
    REQUIRE(damaged.size() == 1);
    CHECK(test::fileBytes(dir.filePath(QStringLiteral("backups/") + damaged.first())) == broken);
}

TEST_CASE("A full disk during a save rolls it back, says so, and the edit saves later",
          "[diskfull]")
{
    const FixedClock clock(morningOf(0));
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(plans.save(plan).ok());
    const Plan stored = plan;

    // The file may not grow by a single page: the disk is full.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    const int pages = query.value(0).toInt();
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    plan.lifeSituation = QString(60000, QLatin1Char('x'));
    plan.subGoals.append({QStringLiteral("Driving licence"), {}, 0, {}, {}});
    const StoreResult result = plans.save(plan);
    CHECK(result.status == StoreResult::Status::Failed);
    CHECK(result.message.contains(QStringLiteral("The plan could not be saved.")));
    CHECK(result.message.contains(QStringLiteral("The disk is full")));
    CHECK(plans.load(plan.id) == stored);
    CHECK(db.database().quickCheck() == QStringLiteral("ok"));

    // The edit is still in hand; once there is room it saves.
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    REQUIRE(plans.save(plan).ok());
    CHECK(plans.load(plan.id)->lifeSituation == plan.lifeSituation);
    CHECK(plans.load(plan.id)->subGoals.size() == 3);
}

TEST_CASE("A database opened read-only shows everything and writes nothing", "[readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    qint64 planId = 0;
    {
        const FixedClock clock(morningOf(0));
        planId = fillDatabase(path, 3);
    }
    const QByteArray before = test::fileBytes(path);
    const FixedClock clock(morningOf(1)); // a new day, yet no daily backup may be written

    const auto checkReadOnly = [&](Database &database) {
        CHECK(database.isReadOnly());
        CHECK(database.readOnlyReason().contains(QStringLiteral("cases.sqlite")));
        PlanStore plans(database.connection());
        Result<Plan> plan = plans.load(planId);
        REQUIRE(plan);
        CHECK(ClientStore(database.connection()).count() == 3);
        plan->futureWish = QStringLiteral("changed");
        const StoreResult saved = plans.save(*plan);
        CHECK(saved.status == StoreResult::Status::Failed);
        CHECK(saved.message.contains(QStringLiteral("read-only")));
        Client client = test::fullClient();
        CHECK(ClientStore(database.connection()).save(client).status ==
              StoreResult::Status::Failed);
        database.close();
        CHECK(test::fileBytes(path) == before);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    };

    SECTION("asked for read-only")
    {
        Database database;
        REQUIRE(database.open(path, Database::Mode::ReadOnly).ok());
        checkReadOnly(database);
    }
    SECTION("the file is read-only (chmod 0400)")
    {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
        if (::geteuid() == 0) {
            WARN("Running as root: file permissions do not stop root, skipped.");
            return;
        }
        Database database;
        REQUIRE(database.open(path).ok());
        checkReadOnly(database);
    }
    SECTION("the folder is read-only")
    {
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::geteuid() != 0) {
            Database database;
            const Database::OpenResult opened = database.open(path);
            INFO(opened.message.toStdString());
            REQUIRE(opened.ok());
            CHECK(database.readOnlyReason().contains(QStringLiteral("folder")));
            checkReadOnly(database);
        } else {
            WARN("Running as root: folder permissions do not stop root, skipped.");
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
}

TEST_CASE("Two windows on one file: a stale save is a conflict, never lost silently",
          "[concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const FixedClock clock(morningOf(0));
    const qint64 planId = fillDatabase(path, 1);
    Database first;
    Database second;
    REQUIRE(first.open(path).ok());
    REQUIRE(second.open(path).ok());
    PlanStore firstPlans(first.connection());
    PlanStore secondPlans(second.connection());
    Plan mine = *firstPlans.load(planId);
    Plan theirs = *secondPlans.load(planId);

    mine.futureWish = QStringLiteral("first window");
    REQUIRE(firstPlans.save(mine).ok());
    theirs.futureWish = QStringLiteral("second window");
    const StoreResult stale = secondPlans.save(theirs);
    CHECK(stale.status == StoreResult::Status::Conflict);
    CHECK_FALSE(stale.message.isEmpty());
    CHECK(secondPlans.load(planId)->futureWish == QStringLiteral("first window"));

    SECTION("while the other window writes, a save says the database is busy")
    {
        QSqlQuery query(second.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QSqlQuery hold(first.connection());
        REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        theirs = *secondPlans.load(planId);
        theirs.futureWish = QStringLiteral("second window");
        const StoreResult busy = secondPlans.save(theirs);
        CHECK(busy.status == StoreResult::Status::Failed);
        CHECK(busy.message.contains(QStringLiteral("busy in another Kotoplan window")));
        REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
        CHECK(secondPlans.save(theirs).ok());
        CHECK(firstPlans.load(planId)->futureWish == QStringLiteral("second window"));
    }
}

TEST_CASE("The window's deferred checks find damage and take the day's backup afterwards",
          "[broken][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    {
        const FixedClock clock(morningOf(0));
        fillDatabase(path, 40);
    }
    const FixedClock clock(morningOf(1));
    const qsizetype dailyBefore = backupNames(dir.path(), QStringLiteral("cases-daily-*")).size();

    SECTION("a sound file opens at once; the check and the backup follow")
    {
        Database database;
        const Database::OpenResult opened =
            database.open(path, Database::Mode::ReadWrite, Database::Checks::Deferred);
        REQUIRE(opened.ok());
        CHECK(database.checksDeferred());
        // The day's backup waits for the check.
        CHECK(backupNames(dir.path(), QStringLiteral("cases-daily-*")).size() == dailyBefore);
        const Database::OpenResult checked = Database::checkDeferred(path);
        CHECK(checked.ok());
        CHECK(checked.warning.isEmpty());
        CHECK(backupNames(dir.path(), QStringLiteral("cases-daily-*")).size() == dailyBefore + 1);
        CHECK(ClientStore(database.connection()).count() == 40);
    }
    SECTION("a page of zeros is found by the check, named, and nothing is backed up")
    {
        QByteArray broken = test::fileBytes(path);
        REQUIRE(broken.size() >= 8 * 4096);
        broken.replace(2 * 4096, 4096, QByteArray(4096, '\0'));
        REQUIRE(test::writeFile(path, broken));
        const Database::OpenResult checked = Database::checkDeferred(path);
        CHECK(checked.status == Database::Status::Corrupt);
        CHECK(checked.offersBackup());
        CHECK(checked.message.contains(QStringLiteral("cases.sqlite")));
        CHECK(checked.message.contains(QStringLiteral("damaged")));
        CHECK(backupNames(dir.path(), QStringLiteral("cases-daily-*")).size() == dailyBefore);
        CHECK(test::fileBytes(path) == broken);
    }
    SECTION("an open that checks now still refuses the damaged file")
    {
        QByteArray broken = test::fileBytes(path);
        broken.replace(2 * 4096, 4096, QByteArray(4096, '\0'));
        REQUIRE(test::writeFile(path, broken));
        Database database;
        CHECK(database.open(path).status == Database::Status::Corrupt);
        CHECK_FALSE(database.checksDeferred());
    }
}
