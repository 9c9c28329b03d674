// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs the real kotoplan executable's stats command on a dataset with known figures.
#include "CliRunner.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "statistics/StatisticsCsv.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

using StatsRun = test::CliRun;

StatsRun runStats(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    return test::runKotoplan(QStringList{QStringLiteral("stats")} + arguments, environment);
}

// The value of one figure in the CSV the command printed; -1 when missing.
qint64 csvValue(const QList<QStringList> &records, const QString &table, const QString &row,
                const QString &column)
{
    for (const QStringList &record : records) {
        if (record.size() == 5 && record.at(0) == table && record.at(1) == row &&
            record.at(3) == column)
            return record.at(4).toLongLong();
    }
    return -1;
}

} // namespace

TEST_CASE("stats prints the exact figures as tables and as CSV, without names", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.sqlite"));
    test::StatisticsDataset data;
    {
        FixedClock clock(QDate(2026, 11, 23));
        Database database;
        REQUIRE(database.open(path).ok());
        data = test::buildStatisticsDataset(database.connection());
    }
    const QStringList range = {QStringLiteral("--database"), path,
                               QStringLiteral("--from"),     QStringLiteral("2023"),
                               QStringLiteral("--to"),       QStringLiteral("2026")};
    const StatsRun csv = runStats(range + QStringList{QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.err.isEmpty());
    const QList<QStringList> records = StatisticsCsv::parse(csv.out);
    REQUIRE(records.size() > 100);
    CHECK(csvValue(records, QStringLiteral("plans-per-year"), QStringLiteral("2023"),
                   QStringLiteral("plans")) == 0);
    CHECK(csvValue(records, QStringLiteral("plans-per-year"), QStringLiteral("2024"),
                   QStringLiteral("plans")) == 3);
    CHECK(csvValue(records, QStringLiteral("plans-per-year"), QStringLiteral("2025"),
                   QStringLiteral("reviews")) == 2);
    CHECK(csvValue(records, QStringLiteral("plans-per-year"), QStringLiteral("total"),
                   QStringLiteral("first")) == 4);
    CHECK(csvValue(records, QStringLiteral("plans-per-month"), QStringLiteral("2025-12"),
                   QStringLiteral("plans")) == 2);
    CHECK(csvValue(records, QStringLiteral("main-goals"), QStringLiteral("work"),
                   QStringLiteral("plans")) == 3);
    CHECK(csvValue(records, QStringLiteral("mother-tongue"), QStringLiteral("ar"),
                   QStringLiteral("clients")) == 2);
    CHECK(csvValue(records, QStringLiteral("reviews-within-six-months"), QStringLiteral("total"),
                   QStringLiteral("within-six-months")) == 2);
    CHECK(csvValue(records, QStringLiteral("services"), QStringLiteral("service-%1").arg(data.s1),
                   QStringLiteral("agreed")) == 4);
    CHECK(csvValue(records, QStringLiteral("services"), QStringLiteral("other"),
                   QStringLiteral("agreed")) == 2);

    const StatsRun text = runStats(range);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Plans per year")));
    CHECK(text.out.contains(QStringLiteral("Reviews done within six months")));
    // The tables follow the UI locale (English in Finland: a decimal comma).
    CHECK(text.out.contains(QLocale(QLocale::English, QLocale::Finland).toString(66.7, 'f', 1)));
    for (const QString &secret : test::privateTexts(data)) {
        INFO(secret.toStdString());
        CHECK_FALSE(csv.out.contains(secret, Qt::CaseInsensitive));
        CHECK_FALSE(text.out.contains(secret, Qt::CaseInsensitive));
    }
}

TEST_CASE("stats refuses bad years with exit 2 and a missing database with exit 1", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(Database().open(path).ok());
    const QByteArray before = test::fileBytes(path);
    const QList<QStringList> bad = {
        {QStringLiteral("--database"), path, QStringLiteral("--from"), QStringLiteral("twenty")},
        {QStringLiteral("--database"), path, QStringLiteral("--to"), QStringLiteral("1850")},
        {QStringLiteral("--database"), path, QStringLiteral("--from"), QStringLiteral("2026"),
         QStringLiteral("--to"), QStringLiteral("2024")},
        {QStringLiteral("--database"), path, QStringLiteral("--from")},
        {QStringLiteral("--from"), QStringLiteral("2024")},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const StatsRun run = runStats(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK(run.out.isEmpty());
    }
    CHECK(runStats({QStringLiteral("--database"), path, QStringLiteral("--from"),
                    QStringLiteral("2024"), QStringLiteral("--to"), QStringLiteral("2023")})
              .err.contains(QStringLiteral("--from 2024 comes after --to 2023")));
    CHECK(test::fileBytes(path) == before);

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const StatsRun run = runStats({QStringLiteral("--database"), missing});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));

    const StatsRun wrongCommand = test::runKotoplan(
        {QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--csv")},
        QProcessEnvironment::systemEnvironment());
    CHECK(wrongCommand.exitCode == 2);
    CHECK(wrongCommand.err.contains(QStringLiteral("--csv goes with stats, audit only.")));
}
