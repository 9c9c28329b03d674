// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan sign and kotoplan audit, run as a user would.
#include "PlanStore.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runKotoplan(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("USER"), QStringLiteral("officer7"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KOTOPLAN_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("sign signs a draft once, and audit shows who did it", "[cli]")
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
        for (const PlanSummary &plan : PlanStore(database.connection()).search({})) {
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
    REQUIRE(newest.size() == 6);
    CHECK(newest.at(1) == QStringLiteral("Aino Officer"));
    CHECK(newest.at(2) == QStringLiteral("officer7"));
    CHECK(newest.at(3) == QStringLiteral("signed"));
    CHECK(newest.at(5) == id);

    const Run csv = runKotoplan(
        {QStringLiteral("audit"), QStringLiteral("--database"), path, QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("time,officer,os_user,action,client_id,plan_id\r\n")));
    CHECK(csv.out.contains(QStringLiteral(",Aino Officer,officer7,signed,")));
}

TEST_CASE("sign without a plan number or with a bad date is bad usage", "[cli]")
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

TEST_CASE("pdf writes one printed line with the officer", "[cli]")
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
        planId = PlanStore(database.connection()).search({}).constFirst().planId;
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
    REQUIRE(newest.size() == 6);
    CHECK(newest.at(1) == QStringLiteral("Aino Officer"));
    CHECK(newest.at(2) == QStringLiteral("officer7"));
    CHECK(newest.at(3) == QStringLiteral("printed"));
    CHECK(newest.at(5) == id);
}
