// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan sign and kotoplan audit, run as a user would.
#include "CliRunner.h"
#include "TestSupport.h"
#include "stores/PlanStore.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace kotoplan;

namespace {

using Run = test::CliRun;

// Offscreen, as the tests themselves run. USER says one thing; the audit log names the account
// the system knows.
Run runKotoplan(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("USER"), QStringLiteral("officer7"));
    return test::runKotoplan(arguments, environment);
}

QString account()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

} // namespace

TEST_CASE("sign signs a draft once, and audit shows who did it", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                         QStringLiteral("--clients"), QStringLiteral("20")})
                .exitCode == 0);
    qint64 draftId = 0;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        for (const PlanSummary &plan : *PlanStore(database.connection()).search({})) {
            if (plan.status == PlanStatus::Draft)
                draftId = plan.planId;
        }
    }
    REQUIRE(draftId > 0);
    const QString id = QString::number(draftId);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run sign = runKotoplan({QStringLiteral("sign"), QStringLiteral("--database"), path,
                                  QStringLiteral("--plan"), id, QStringLiteral("--date"), today,
                                  QStringLiteral("--officer"), QStringLiteral("Aino Officer")});
    CHECK(sign.err.isEmpty());
    REQUIRE(sign.exitCode == 0);
    CHECK(sign.out.startsWith(QStringLiteral("Plan %1 signed on ").arg(id)));

    const Run again = runKotoplan({QStringLiteral("sign"), QStringLiteral("--database"), path,
                                   QStringLiteral("--plan"), id, QStringLiteral("--officer"),
                                   QStringLiteral("Aino Officer")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed() == QStringLiteral("The plan is already signed."));

    const Run audit = runKotoplan({QStringLiteral("audit"), QStringLiteral("--database"), path});
    REQUIRE(audit.exitCode == 0);
    const QStringList newest = audit.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    REQUIRE(newest.size() == 7);
    CHECK(newest.at(1) == QStringLiteral("Aino Officer"));
    CHECK(newest.at(2) == account());
    CHECK(newest.at(3) == QStringLiteral("signed"));
    CHECK(newest.at(5) == id);

    const Run csv = runKotoplan(
        {QStringLiteral("audit"), QStringLiteral("--database"), path, QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(
        QStringLiteral("time,officer,os_user,action,client_id,plan_id,detail\r\n")));
    CHECK(csv.out.contains(QStringLiteral(",Aino Officer,%1,signed,").arg(account())));
}

TEST_CASE("sign without a plan number or with a bad date is bad usage", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const Run noPlan = runKotoplan({QStringLiteral("sign"), QStringLiteral("--database"), path});
    CHECK(noPlan.exitCode == 2);
    CHECK(noPlan.err.contains(QStringLiteral("sign needs --plan ID")));
    const Run badDate = runKotoplan({QStringLiteral("sign"), QStringLiteral("--database"), path,
                                     QStringLiteral("--plan"), QStringLiteral("1"),
                                     QStringLiteral("--date"), QStringLiteral("31.2.2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--date takes a date")));
    const Run csvWithList = runKotoplan(
        {QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--csv")});
    CHECK(csvWithList.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("pdf writes one printed line with the officer", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                         QStringLiteral("--clients"), QStringLiteral("3")})
                .exitCode == 0);
    qint64 planId = 0;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        planId = PlanStore(database.connection()).search({})->constFirst().planId;
    }
    const QString id = QString::number(planId);
    const Run pdf = runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                                 QStringLiteral("--plan"), id, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("plan.pdf")),
                                 QStringLiteral("--officer"), QStringLiteral("Aino Officer")});
    REQUIRE(pdf.exitCode == 0);
    const Run audit = runKotoplan({QStringLiteral("audit"), QStringLiteral("--database"), path});
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.count(QStringLiteral("\tprinted\t")) == 1);
    const QStringList newest = audit.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    REQUIRE(newest.size() == 7);
    CHECK(newest.at(1) == QStringLiteral("Aino Officer"));
    CHECK(newest.at(2) == account());
    CHECK(newest.at(3) == QStringLiteral("printed"));
    CHECK(newest.at(5) == id);
}

TEST_CASE("Every command works the same on the database this run tests, file or team server",
          "[cli][engine]")
{
    test::TempDatabase db; // on PostgreSQL an address; libpq finds the test server's login
    const QString location = db.location();
    const QStringList database = {QStringLiteral("--database"), location};
    REQUIRE(runKotoplan(QStringList{QStringLiteral("demo"), QStringLiteral("--clients"),
                                    QStringLiteral("6")} +
                        database)
                .exitCode == 0);

    const Run list = runKotoplan(QStringList{QStringLiteral("list")} + database);
    REQUIRE(list.exitCode == 0);
    const QStringList rows = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(rows.size() >= 6);
    QString draftId;
    for (const QString &row : rows) {
        const QStringList cells = row.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 6);
        if (cells.at(5) == QStringLiteral("draft"))
            draftId = cells.at(0);
    }
    REQUIRE_FALSE(draftId.isEmpty());

    const Run check = runKotoplan(QStringList{QStringLiteral("check")} + database);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Clients: 6")));

    const Run sign =
        runKotoplan(QStringList{QStringLiteral("sign"), QStringLiteral("--plan"), draftId,
                                QStringLiteral("--officer"), QStringLiteral("Aino Officer")} +
                    database);
    CHECK(sign.err.isEmpty());
    CHECK(sign.exitCode == 0);
    const Run audit = runKotoplan(QStringList{QStringLiteral("audit")} + database);
    REQUIRE(audit.exitCode == 0);
    const QStringList newest = audit.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    REQUIRE(newest.size() == 7);
    // On a team's server the log names the database role, whatever the command line says.
    CHECK(newest.at(1) == test::officerInLog(db.connection(), QStringLiteral("Aino Officer")));
    CHECK(newest.at(3) == QStringLiteral("signed"));
    CHECK(newest.at(5) == draftId);

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("plan.pdf"));
    const Run print = runKotoplan(QStringList{QStringLiteral("pdf"), QStringLiteral("--plan"),
                                              draftId, QStringLiteral("--out"), pdf} +
                                  database);
    CHECK(print.exitCode == 0);
    CHECK(test::fileBytes(pdf).startsWith("%PDF-"));
    const Run printed = runKotoplan(QStringList{QStringLiteral("audit")} + database);
    CHECK(printed.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("\tprinted\t")));
    const Run stats =
        runKotoplan(QStringList{QStringLiteral("stats"), QStringLiteral("--csv")} + database);
    CHECK(stats.exitCode == 0);
    CHECK_FALSE(stats.out.isEmpty());

    const Run backup = runKotoplan(QStringList{QStringLiteral("backup")} + database);
    if (test::onPostgres()) {
        CHECK(backup.exitCode == 1);
        CHECK(backup.err.contains(QStringLiteral("backed up and restored on the server")));
    } else {
        CHECK(backup.exitCode == 0);
    }
}
