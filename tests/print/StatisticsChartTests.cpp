// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The statistics view's charts on paper: drawn by the core with QPainter, one under each table.
#include "PdfTools.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "print/PdfWriter.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsChartImage.h"
#include "statistics/StatisticsDocument.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtMath>

#include <cstdlib>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// The length of the bar on the image's row `y`, in pixels of the bar colour.
int barPixels(const QImage &image, int y)
{
    int count = 0;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, y) == QColor(0x2e, 0x6d, 0xa4))
            ++count;
    }
    return count;
}

} // namespace

TEST_CASE("A chart has a bar a row in the table's order, as long as its figure, no total",
          "[pdf][statistics][chart]")
{
    StatisticsTable table;
    table.key = QStringLiteral("test");
    table.valueKeys = {QStringLiteral("plans")};
    table.valueHeaders = {QStringLiteral("Plans")};
    table.rows = {{QStringLiteral("a"), QStringLiteral("Work"), {8}},
                  {QStringLiteral("b"), QStringLiteral("Literacy"), {2}},
                  {QStringLiteral("c"), QStringLiteral("Other"), {0}},
                  {QStringLiteral("total"), QStringLiteral("Total"), {10}}};
    const QImage image = statisticsChart::render(table, 400, 144);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 800);
    // Title 16 points, then a bar of 11 points every 14: sample each bar's middle.
    const auto middle = [](int bar) {
        return int((16 + bar * 14 + 5.5) * 2);
    };
    const int first = barPixels(image, middle(0));
    const int second = barPixels(image, middle(1));
    CHECK(first > 0);
    CHECK(second > 0);
    CHECK(std::abs(first - 4 * second) <= 4);
    CHECK(barPixels(image, middle(2)) == 0);
    // Three rows, no fourth bar for the total.
    CHECK(image.height() == qCeil((16 + 3 * 14 + 4) * 2.0));
    table.rows.clear();
    CHECK(statisticsChart::render(table, 400).isNull());
}

TEST_CASE("The statistics PDF carries a chart under every table", "[pdf][statistics][chart]")
{
    FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    test::buildStatisticsDataset(db.connection());
    const StatisticsReport report =
        Statistics(db.connection()).compute(2025, 2026, QDate(2026, 11, 23), QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());
    int charted = 0;
    for (const StatisticsTable &table : report.tables)
        charted += statisticsChart::render(table, 420).isNull() ? 0 : 1;
    REQUIRE(charted >= 8);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.pdf"));
    const PdfWriter::Result written =
        PdfWriter::write(StatisticsDocument(report, QStringLiteral("Korsholm")), path);
    REQUIRE(written.ok);
    // pdfimages lists one line an image drawn, after its two header lines; an image pushed
    // onto the next page is listed on both (clipped away on the first), so count the objects.
    const QStringList images =
        test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QSet<QString> objects;
    for (const QString &line : images.mid(2))
        objects.insert(line.simplified().section(QLatin1Char(' '), 10, 10));
    CHECK(objects.size() == charted);
    test::savePagePictures(path, QStringLiteral("statistics-charts"));
}
