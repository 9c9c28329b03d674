// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Real processes: a writer killed with SIGKILL at random points, and two writers at once.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 23), QTime(12, 0));

qint64 createPlan(const QString &path)
{
    Database database;
    REQUIRE(database.open(path).ok());
    Client client = test::fullClient();
    REQUIRE(ClientStore(database.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(database.connection()).save(plan).ok());
    return plan.id;
}

QString integrityCheck(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return QStringLiteral("unreadable");
    return query.value(0).toString();
}

// The generation the writer's saves carry; -1 when the plan mixes two saves.
int wholeGeneration(const Plan &plan)
{
    static const QRegularExpression mark(QStringLiteral("^generation (\\d+)$"));
    const QRegularExpressionMatch match = mark.match(plan.futureWish);
    if (!match.hasMatch())
        return -1;
    const int generation = match.captured(1).toInt();
    if (plan.subGoals.size() != 1 + generation % 5 || plan.participants.size() != 1 ||
        plan.participants.first().name != plan.futureWish)
        return -1;
    for (qsizetype i = 0; i < plan.subGoals.size(); ++i) {
        if (plan.subGoals.at(i).goal != plan.futureWish ||
            plan.subGoals.at(i).measure != QString::number(i))
            return -1;
    }
    return generation;
}

int lastReportedSave(const QString &output)
{
    static const QRegularExpression saved(QStringLiteral("saved (\\d+)\\n"));
    int last = 0;
    QRegularExpressionMatchIterator it = saved.globalMatch(output);
    while (it.hasNext())
        last = it.next().captured(1).toInt();
    return last;
}

} // namespace

TEST_CASE("A writer killed at random points leaves the file intact and every plan whole", "[crash]")
{
    const FixedClock clock(fixedNow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const qint64 planId = createPlan(path);
    QRandomGenerator *random = QRandomGenerator::global();

    int lastGeneration = 0;
    for (int round = 1; round <= 50; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.start(QStringLiteral(KOTOPLAN_SAVE_LOOP),
                     {path, QString::number(planId), QStringLiteral("crash")});
        REQUIRE(writer.waitForStarted());
        // Kill only once it writes, after a random part of a save or of several.
        REQUIRE(writer.waitForReadyRead(20000));
        QThread::usleep(random->bounded(30000));
        writer.kill(); // SIGKILL: no cleanup, like a crash
        REQUIRE(writer.waitForFinished(20000));
        const QString output = QString::fromUtf8(writer.readAllStandardOutput());
        INFO(output.right(200).toStdString());
        CHECK_FALSE(output.contains(QStringLiteral("failed")));
        const int reported = lastReportedSave(output);
        REQUIRE(reported > 0);

        Database database;
        const Database::OpenResult opened = database.open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ok());
        REQUIRE(integrityCheck(database) == QStringLiteral("ok"));
        const Result<Plan> plan = PlanStore(database.connection()).load(planId);
        REQUIRE(plan);
        const int generation = wholeGeneration(*plan);
        REQUIRE(generation > 0);
        // Every save the writer reported as done is on the disk: none lost.
        CHECK(generation >= reported);
        CHECK(generation <= reported + 1);
        CHECK(PlanStore(database.connection()).count() == 1);
        lastGeneration = generation;
    }
    CHECK(lastGeneration > 0);
}

TEST_CASE("Two processes saving the same plan at once both finish and lose nothing",
          "[concurrency]")
{
    const FixedClock clock(fixedNow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.sqlite"));
    const qint64 planId = createPlan(path);
    const int count = 60;

    QProcess first;
    QProcess second;
    const auto start = [&](QProcess &writer, const QString &tag) {
        writer.start(
            QStringLiteral(KOTOPLAN_SAVE_LOOP),
            {path, QString::number(planId), QStringLiteral("race"), tag, QString::number(count)});
    };
    start(first, QStringLiteral("A"));
    start(second, QStringLiteral("B"));
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(second.waitForFinished(60000));
    const QString firstOut = QString::fromUtf8(first.readAllStandardOutput());
    const QString secondOut = QString::fromUtf8(second.readAllStandardOutput());
    INFO(firstOut.toStdString() << secondOut.toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    CHECK(firstOut.startsWith(QStringLiteral("done A conflicts ")));
    CHECK(secondOut.startsWith(QStringLiteral("done B conflicts ")));

    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(integrityCheck(database) == QStringLiteral("ok"));
    const Result<Plan> plan = PlanStore(database.connection()).load(planId);
    REQUIRE(plan);
    // Each edit of each process is there exactly once: a conflict was retried, never dropped.
    const QStringList words = plan->occupationAlternatives.split(QLatin1Char(' '));
    for (const QString &tag : {QStringLiteral("A"), QStringLiteral("B")}) {
        for (int i = 1; i <= count; ++i)
            CHECK(words.count(QStringLiteral("%1-%2").arg(tag).arg(i)) == 1);
    }
    CHECK(plan->rowVersion == 1 + 2 * count);
}
