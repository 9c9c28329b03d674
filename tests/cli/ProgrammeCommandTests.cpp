// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The real kotoplan executable writes the programme document and the statistics as PDF/A.
#include "CliRunner.h"
#include "PdfTools.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/Party.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"
#include "stores/ServiceCatalogue.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

using Run = test::CliRun;

// Runs kotoplan in English with its settings in `configHome`, where the municipality's name is.
Run runKotoplan(const QStringList &arguments, const QString &configHome)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return test::runKotoplan(arguments, environment);
}

void setMunicipality(const QString &configHome, const QString &name)
{
    QSettings settings(configHome + QStringLiteral("/Kotoplan/Kotoplan.conf"),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("municipality/name"), name);
}

} // namespace

TEST_CASE("programme writes the programme document as PDF/A in the language asked",
          "[cli][programme]")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    setMunicipality(config, QStringLiteral("Korsholm"));
    const QString path = dir.filePath(QStringLiteral("programme.sqlite"));
    QList<Service> active;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        active = ServiceCatalogue(database.connection()).list(true);
    }
    REQUIRE_FALSE(active.isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("ohjelma.pdf"));
    const Run run = runKotoplan({QStringLiteral("programme"), QStringLiteral("--database"), path,
                                 QStringLiteral("--out"), pdf, QStringLiteral("--language"),
                                 QStringLiteral("fi")},
                                config);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Wrote ")));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));
    test::savePagePictures(pdf, QStringLiteral("cli-programme-fi"));
    CHECK(test::pdfInfo(pdf, QStringLiteral("Page size")) == QStringLiteral("595 x 842 pts (A4)"));
    const QString text = test::joinHyphens(test::pdfDrawnText(pdf));
    CHECK(text.startsWith(QStringLiteral("Kotoutumisohjelma: Korsholm")));
    CHECK(text.contains(QStringLiteral("Sivu 1 / ")));
    for (const Service &service : active) {
        INFO(service.nameFi.toStdString());
        CHECK(text.contains(test::joinHyphens(service.nameFi)));
    }
    CHECK(text.contains(QStringLiteral("Hyvinvointialue")));

    // --lang is the same option; the English document names the parties in English.
    const QString english = dir.filePath(QStringLiteral("programme.pdf"));
    REQUIRE(runKotoplan({QStringLiteral("programme"), QStringLiteral("--database"), path,
                         QStringLiteral("--out"), english, QStringLiteral("--lang"),
                         QStringLiteral("en")},
                        config)
                .exitCode == 0);
    const QString englishText = test::joinHyphens(test::pdfDrawnText(english));
    CHECK(englishText.startsWith(QStringLiteral("The integration programme of Korsholm")));
    for (const Service &service : active) {
        INFO(service.nameEn.toStdString());
        CHECK(englishText.contains(test::joinHyphens(service.nameEn)));
        CHECK(englishText.contains(test::joinHyphens(party::label(service.responsible, nullptr))));
    }

    // Bad usage changes nothing and writes nothing.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const QList<QStringList> bad = {
        {QStringLiteral("programme"), QStringLiteral("--database"), path},
        {QStringLiteral("programme"), QStringLiteral("--database"), path, QStringLiteral("--out"),
         none, QStringLiteral("--lang"), QStringLiteral("de")},
        {QStringLiteral("programme"), QStringLiteral("--database"), path, QStringLiteral("--out"),
         none, QStringLiteral("--csv")},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run refused = runKotoplan(arguments, config);
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.trimmed().isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(none));
    const Run missing =
        runKotoplan({QStringLiteral("programme"), QStringLiteral("--database"),
                     dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--out"), none},
                    config);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(none));
}

TEST_CASE("stats --pdf writes the figures as PDF/A without names", "[cli][stats][pdf]")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    setMunicipality(config, QStringLiteral("Korsholm"));
    const QString path = dir.filePath(QStringLiteral("stats.sqlite"));
    test::StatisticsDataset data;
    {
        FixedClock clock(QDate(2026, 11, 23));
        Database database;
        REQUIRE(database.open(path).ok());
        data = test::buildStatisticsDataset(database.connection());
    }
    const QString pdf = dir.filePath(QStringLiteral("stats.pdf"));
    const Run run =
        runKotoplan({QStringLiteral("stats"), QStringLiteral("--database"), path,
                     QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"),
                     QStringLiteral("2026"), QStringLiteral("--pdf"), pdf},
                    config);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    test::savePagePictures(pdf, QStringLiteral("cli-statistics"));
    const QString text = test::pdfDrawnText(pdf);
    CHECK(text.startsWith(QStringLiteral("Korsholm")));
    CHECK(text.contains(QStringLiteral("Korsholm: follow-up statistics 2023–2026")));

    // The same figures as the statistics computed here, on the same day.
    Database database;
    REQUIRE(database.open(path).ok());
    const StatisticsReport report =
        Statistics(database.connection()).compute(2023, 2026, Clock::today(), QStringLiteral("en"));
    QStringList expected;
    for (const StatisticsTable &table : report.tables) {
        expected << table.title;
        for (const StatisticsRow &row : table.rows) {
            expected << row.label;
            for (const qint64 value : row.values)
                expected << QString::number(value);
        }
    }
    QString missing;
    CHECK(test::inOrder(text, expected, &missing));
    INFO("missing: " << missing.toStdString());
    CHECK(missing.isEmpty());
    for (const QString &secret : test::privateTexts(data)) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
    }

    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const Run both = runKotoplan({QStringLiteral("stats"), QStringLiteral("--database"), path,
                                  QStringLiteral("--csv"), QStringLiteral("--pdf"), none},
                                 config);
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("--csv or --pdf")));
    const Run elsewhere = runKotoplan(
        {QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--pdf"), none},
        config);
    CHECK(elsewhere.exitCode == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("--pdf goes with stats only.")));
    CHECK_FALSE(QFileInfo::exists(none));
}
