// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The copies before each upgrade and the damaged files kept are rotated like the backups: the
// newest seven of each, and listed where the backups are.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDateTime now(QDate(2026, 11, 23), QTime(9, 0));

// A copy made by hand in the backups folder, `daysAgo` before now.
QString makeCopy(const QString &folder, const QString &kind, int daysAgo,
                 const QString &extension = QStringLiteral("sqlite"))
{
    const QString path =
        QStringLiteral("%1/cases-%2-%3.%4")
            .arg(folder, kind, now.addDays(-daysAgo).toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 extension);
    REQUIRE(test::writeFile(path, QByteArrayLiteral("a copy")));
    return path;
}

QStringList filesIn(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("Copies before upgrades and damaged files kept are rotated by count and listed",
          "[backup][sqlite]")
{
    const FixedClock clock(now);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    test::storeFullCase(database.connection());
    Backups backups(path);
    const QString folder = backups.folder();
    REQUIRE(QDir().mkpath(folder));
    // Nine upgrades' copies, the oldest of the highest version (a name sorts them wrongly),
    // nine damaged files with their logs, and two daily copies, all older than today.
    QStringList upgrades;
    QStringList damaged;
    for (int n = 0; n < 9; ++n) {
        upgrades.append(makeCopy(folder, QStringLiteral("before-v%1").arg(9 - n), 10 + n));
        damaged.append(
            makeCopy(folder, QStringLiteral("damaged"), 10 + n, QStringLiteral("damaged")));
        REQUIRE(test::writeFile(damaged.last() + QStringLiteral("-wal"), "a log"));
    }
    makeCopy(folder, QStringLiteral("daily"), 1);
    makeCopy(folder, QStringLiteral("daily"), 2);

    SECTION("an upgrade's copy keeps the newest seven of all upgrades' copies")
    {
        REQUIRE(backups.write(database.connection(), QStringLiteral("before-v10")).ok);
        const QStringList kept = filesIn(folder, QStringLiteral("cases-before-v*"));
        CHECK(kept.size() == Backups::keptPerKind);
        CHECK(kept.contains(QStringLiteral("cases-before-v10-20261123-090000.sqlite")));
        // The six newest of the hand-made ones stay; the three oldest go, whatever their version.
        for (int n = 0; n < 9; ++n)
            CHECK(QFile::exists(upgrades.at(n)) == (n < 6));
        CHECK(filesIn(folder, QStringLiteral("cases-damaged-*")).size() == 18);
        CHECK(filesIn(folder, QStringLiteral("cases-daily-*")).size() == 2);
    }

    SECTION("a damaged file kept keeps the newest seven damaged files, each with its log")
    {
        database.close();
        REQUIRE(test::writeFile(path, QByteArray(8192, 'x')));
        {
            Database source;
            REQUIRE(source.open(dir.filePath(QStringLiteral("source.sqlite"))).ok());
            test::storeFullCase(source.connection());
            REQUIRE(Backups(source.path()).write(source.connection(), QStringLiteral("manual")).ok);
        }
        const QString sourceBackup =
            dir.filePath(QStringLiteral("backups/") +
                         filesIn(folder, QStringLiteral("source-manual-*")).first());
        REQUIRE_FALSE(database.open(path).ok());
        const Backups::Result restored = backups.restore(database, sourceBackup);
        INFO(restored.message.toStdString());
        REQUIRE(restored.ok);
        CHECK(filesIn(folder, QStringLiteral("cases-damaged-*.damaged")).size() ==
              Backups::keptPerKind);
        CHECK(filesIn(folder, QStringLiteral("cases-damaged-*.damaged-wal")).size() ==
              Backups::keptPerKind - 1); // the file kept now had no log
        CHECK(
            QFile::exists(QStringLiteral("%1/cases-damaged-20261123-090000.damaged").arg(folder)));
        for (int n = 0; n < 9; ++n) {
            CHECK(QFile::exists(damaged.at(n)) == (n < 6));
            CHECK(QFile::exists(damaged.at(n) + QStringLiteral("-wal")) == (n < 6));
        }
        CHECK(filesIn(folder, QStringLiteral("cases-before-v*")).size() == 9);
    }

    SECTION("both kinds are listed with the backups, a damaged file never as restorable")
    {
        const QList<BackupInfo> listed = backups.list();
        int damagedListed = 0;
        int upgradesListed = 0;
        for (const BackupInfo &copy : listed) {
            if (copy.kind == QLatin1String("damaged")) {
                ++damagedListed;
                CHECK_FALSE(copy.readable());
            }
            if (Backups::rotationGroup(copy.kind) == QLatin1String("before-upgrade"))
                ++upgradesListed;
        }
        CHECK(damagedListed == 9);
        CHECK(upgradesListed == 9);
        CHECK(Backups::summary(backups.names()) ==
              QStringLiteral("2 daily, 9 before an upgrade, 9 damaged file(s) kept"));
        CHECK(Backups::kindText(QStringLiteral("before-v5")) ==
              QStringLiteral("before the upgrade to version 5"));
        CHECK_FALSE(backups.latestReadable());
    }
}
