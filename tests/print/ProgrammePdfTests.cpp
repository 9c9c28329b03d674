// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The integration programme and the follow-up statistics as PDF/A, read back with poppler.
#include "PdfTools.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/Party.h"
#include "i18n/Translations.h"
#include "print/PdfWriter.h"
#include "print/ProgrammeDocument.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsDocument.h"
#include "stores/ServiceCatalogue.h"

#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

// PDF/A-1b on A4 with every font embedded, and the page footer "x / y" on every page.
void checkArchivable(const QString &path, int pages, const QString &footer)
{
    int qpdfExit = -1;
    test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &qpdfExit);
    CHECK(qpdfExit == 0);
    CHECK(test::pdfInfo(path, QStringLiteral("Page size")) == QStringLiteral("595 x 842 pts (A4)"));
    CHECK(test::pdfInfo(path, QStringLiteral("Pages")).toInt() == pages);
    const QString xmp = test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    const QStringList fonts = test::runTool(QStringLiteral("pdffonts"), {path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    CHECK_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        CHECK(font.simplified().split(QLatin1Char(' ')).at(4) == QStringLiteral("yes"));
    }
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(test::pdfText(path, page, page).contains(footer.arg(page).arg(pages)));
    }
}

} // namespace

TEST_CASE("The integration programme as PDF/A: every active service, its party and partners",
          "[pdf][programme]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    QList<Service> active = catalogue.list(true);
    REQUIRE(active.size() >= 10);
    const Service retired = active.takeLast();
    REQUIRE(catalogue.setActive(retired.id, false).ok());
    QTemporaryDir dir;

    const QList<std::pair<QString, QString>> languages = {
        {QStringLiteral("fi"), QStringLiteral("Sivu %1 / %2")},
        {QStringLiteral("sv"), QStringLiteral("Sida %1 / %2")},
        {QStringLiteral("en"), QStringLiteral("Page %1 / %2")}};
    for (const auto &[language, footer] : languages) {
        INFO(language.toStdString());
        const ProgrammeDocument document(catalogue.list(),
                                         {language, QStringLiteral("Korsholm"), fixedToday});
        const QString path = dir.filePath(language + QStringLiteral(".pdf"));
        const PdfWriter::Result written = PdfWriter::write(document, path);
        REQUIRE(written.ok);
        test::savePagePictures(path, QStringLiteral("programme-") + language);
        checkArchivable(path, written.pages, footer);
        CHECK(test::pdfInfo(path, QStringLiteral("Title")) == document.title());
        CHECK(document.title().contains(QStringLiteral("Korsholm")));

        const QString text = test::joinHyphens(test::pdfDrawnText(path));
        CHECK(text.startsWith(document.title()));
        CHECK(text.contains(QStringLiteral("23.11.2026")));
        const std::unique_ptr<QTranslator> translator = translations::programTranslator(language);
        for (const Service &service : active) {
            INFO(service.nameEn.toStdString());
            CHECK(text.contains(test::joinHyphens(service.name(language))));
            CHECK(text.contains(
                test::joinHyphens(party::label(service.responsible, translator.get()))));
            for (const QString &partner : service.partners)
                CHECK(text.contains(test::joinHyphens(party::label(partner, translator.get()))));
            if (!service.followUp(language).isEmpty())
                CHECK(text.contains(test::joinHyphens(service.followUp(language).simplified())));
        }
        CHECK_FALSE(text.contains(test::joinHyphens(retired.name(language))));
    }
}

TEST_CASE("The statistics as PDF/A hold the report's figures and no name or date of birth",
          "[pdf][statistics]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    const StatisticsReport report =
        Statistics(db.connection()).compute(2023, 2026, fixedToday, QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());
    const StatisticsDocument document(report, QStringLiteral("Korsholm"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.pdf"));
    const PdfWriter::Result written = PdfWriter::write(document, path);
    REQUIRE(written.ok);
    test::savePagePictures(path, QStringLiteral("statistics"));
    checkArchivable(path, written.pages, QStringLiteral("Page %1 / %2"));
    CHECK(test::pdfText(path, 1, 1).startsWith(QStringLiteral("Korsholm")));
    CHECK(test::pdfText(path, written.pages, written.pages)
              .contains(QStringLiteral("Follow-up statistics 2023–2026, computed on 23.11.2026")));

    // Every table in the report's order, each row with its figures in the row's order.
    const QString text = test::pdfDrawnText(path);
    CHECK(text.startsWith(QStringLiteral("Korsholm: follow-up statistics 2023–2026")));
    QStringList expected;
    for (const StatisticsTable &table : report.tables) {
        expected << table.title << table.labelHeader;
        for (const StatisticsRow &row : table.rows) {
            expected << row.label;
            for (qsizetype column = 0; column < row.values.size(); ++column)
                expected << table.text(row, column);
            if (table.hasShare && StatisticsTable::share(row) >= 0)
                expected << QLocale().toString(StatisticsTable::share(row), 'f', 1);
        }
    }
    QString missing;
    CHECK(test::inOrder(text, expected, &missing));
    INFO("missing: " << missing.toStdString());
    CHECK(missing.isEmpty());
    // The known figures themselves, as the statistics tests count them.
    CHECK(text.contains(QStringLiteral("2024 3 2 1")));
    CHECK(text.contains(QStringLiteral("Total 7 4 3")));

    for (const QString &secret : test::privateTexts(data)) {
        INFO(secret.toStdString());
        CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
    }
}
