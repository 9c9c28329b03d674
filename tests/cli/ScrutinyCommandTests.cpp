// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The command line under a data protection officer's tests: import refuses what is no file at
// once, list cannot be made to print forged lines, and every audit line names a person.
#include "CliRunner.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "stores/PlanStore.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kotoplan;

namespace {
test::CliRun runKotoplan(const QStringList &arguments, bool withUser = true)
{
    // Settings of their own: no officer's name from anyone's earlier runs.
    static const QTemporaryDir settings;
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    if (!withUser)
        environment.remove(QStringLiteral("USER"));
    return test::runKotoplan(arguments, environment);
}
} // namespace

TEST_CASE("import of a device or a pipe ends at once with a failure", "[cli][import]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), database,
                         QStringLiteral("--clients"), QStringLiteral("1")})
                .exitCode == 0);
    const QString fifo = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &file : {QStringLiteral("/dev/zero"), fifo}) {
        INFO(file.toStdString());
        QElapsedTimer timer;
        timer.start();
        const test::CliRun run =
            runKotoplan({QStringLiteral("import"), QStringLiteral("--database"), database, file});
        // Starting the program takes part of the second; reading nothing takes none.
        CHECK(timer.elapsed() < 1000);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a regular file")));
    }
}

TEST_CASE("list shows control characters and overrides in a name, never prints them",
          "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), database,
                         QStringLiteral("--clients"), QStringLiteral("1")})
                .exitCode == 0);
    {
        Database db;
        REQUIRE(db.open(database).ok());
        // As an import of old accepted it: a line break, a forged line and an escape sequence.
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(
            QStringLiteral("UPDATE client SET name = 'Anna' || char(10) || '999' || char(9) || "
                           "'Forged' || char(27) || '[2J' || char(8238) || 'x'")));
    }
    const test::CliRun list =
        runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), database});
    REQUIRE(list.exitCode == 0);
    const QStringList rows = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &row : rows) {
        CHECK(row.split(QLatin1Char('\t')).size() == 6);
        CHECK_FALSE(row.contains(QChar(0x1b)));
        CHECK_FALSE(row.contains(QChar(0x202e)));
    }
    CHECK(
        list.out.contains(QStringLiteral("Anna\\u{000A}999\\u{0009}Forged\\u{001B}[2J\\u{202E}x")));
}

TEST_CASE("With no officer set and no USER, every audit line names the account", "[cli][sqlite]")
{
    const passwd *entry = ::getpwuid(::geteuid());
    REQUIRE(entry);
    const QString account = QString::fromLocal8Bit(entry->pw_name);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), database,
                         QStringLiteral("--clients"), QStringLiteral("2")},
                        false)
                .exitCode == 0);
    qint64 planId = 0;
    {
        Database db;
        REQUIRE(db.open(database).ok());
        planId = PlanStore(db.connection()).search({})->constFirst().planId;
    }
    REQUIRE(runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), database,
                         QStringLiteral("--plan"), QString::number(planId), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("p.pdf"))},
                        false)
                .exitCode == 0);
    const test::CliRun audit =
        runKotoplan({QStringLiteral("audit"), QStringLiteral("--database"), database}, false);
    REQUIRE(audit.exitCode == 0);
    const QStringList rows = audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(rows.isEmpty());
    const QStringList printed = rows.first().split(QLatin1Char('\t'));
    REQUIRE(printed.size() == 7);
    CHECK(printed.at(1) == account);
    CHECK(printed.at(2) == account);
    CHECK(printed.at(3) == QStringLiteral("printed"));
}
