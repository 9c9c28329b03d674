// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Party.h"
#include "models/StatisticsTableModel.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsCsv.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

} // namespace

TEST_CASE("Every figure of a known dataset is exact, empty years and 31 December included",
          "[statistics]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    const StatisticsReport report =
        Statistics(db.connection()).compute(2023, 2026, fixedToday, QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());

    const StatisticsTable *years = report.table(QStringLiteral("plans-per-year"));
    REQUIRE(years);
    REQUIRE(years->rows.size() == 5); // 2023–2026 and the total
    const auto year = [years](const char *key) {
        const QString rowKey = QString::fromLatin1(key);
        return QList<qint64>{years->value(rowKey, QStringLiteral("plans")),
                             years->value(rowKey, QStringLiteral("first")),
                             years->value(rowKey, QStringLiteral("reviews"))};
    };
    CHECK(year("2023") == QList<qint64>{0, 0, 0});
    CHECK(year("2024") == QList<qint64>{3, 2, 1});
    CHECK(year("2025") == QList<qint64>{3, 1, 2});
    CHECK(year("2026") == QList<qint64>{1, 1, 0});
    CHECK(year("total") == QList<qint64>{7, 4, 3});

    const StatisticsTable *months = report.table(QStringLiteral("plans-per-month"));
    REQUIRE(months);
    CHECK(months->rows.size() == 48);
    qint64 monthSum = 0;
    for (const StatisticsRow &month : months->rows)
        monthSum += month.values.at(0);
    CHECK(monthSum == 7);
    CHECK(months->row(QStringLiteral("2024-12"))->values == QList<qint64>{1, 1, 0});
    CHECK(months->row(QStringLiteral("2025-12"))->values == QList<qint64>{2, 1, 1});
    CHECK(months->row(QStringLiteral("2025-06"))->values == QList<qint64>{1, 0, 1});
    CHECK(months->row(QStringLiteral("2026-01"))->values == QList<qint64>{1, 1, 0});
    CHECK(months->row(QStringLiteral("2023-07"))->values == QList<qint64>{0, 0, 0});
    CHECK(months->row(QStringLiteral("2024-12"))->label == QStringLiteral("12/2024"));

    const StatisticsTable *goals = report.table(QStringLiteral("main-goals"));
    REQUIRE(goals);
    CHECK(goals->rows.size() == 10);
    CHECK(goals->value(QStringLiteral("work"), QStringLiteral("plans")) == 3);
    CHECK(goals->value(QStringLiteral("literacy"), QStringLiteral("plans")) == 2);
    CHECK(goals->value(QStringLiteral("other"), QStringLiteral("plans")) == 1);
    CHECK(goals->value(QStringLiteral("none"), QStringLiteral("plans")) == 1);
    CHECK(goals->value(QStringLiteral("vocation"), QStringLiteral("plans")) == 0);

    const StatisticsTable *contact = report.table(QStringLiteral("contact-language"));
    REQUIRE(contact);
    CHECK(contact->rows.size() == 4);
    for (const char *key : {"fi", "sv", "en", ""})
        CHECK(contact->value(QString::fromLatin1(key), QStringLiteral("clients")) == 1);
    CHECK(contact->rows.last().label == QStringLiteral("Not given"));
    CHECK(contact->row(QStringLiteral("de")) == nullptr);

    const StatisticsTable *tongues = report.table(QStringLiteral("mother-tongue"));
    REQUIRE(tongues);
    CHECK(tongues->rows.size() == 4);
    CHECK(tongues->rows.first().key == QStringLiteral("ar"));
    CHECK(tongues->value(QStringLiteral("ar"), QStringLiteral("clients")) == 2);
    CHECK(tongues->value(QStringLiteral("so"), QStringLiteral("clients")) == 1);
    CHECK(tongues->value(QStringLiteral("zh"), QStringLiteral("clients")) == 1);
    CHECK(tongues->value(QString(), QStringLiteral("clients")) == 1);
    // Named in the report's language, the code beside the name.
    CHECK(tongues->row(QStringLiteral("so"))->label == QStringLiteral("Somali (so)"));

    const StatisticsTable *reviews = report.table(QStringLiteral("reviews-within-six-months"));
    REQUIRE(reviews);
    CHECK(reviews->hasShare);
    CHECK(reviews->row(QStringLiteral("2023"))->values == QList<qint64>{0, 0});
    CHECK(reviews->row(QStringLiteral("2024"))->values == QList<qint64>{1, 1});
    CHECK(reviews->row(QStringLiteral("2025"))->values == QList<qint64>{2, 1});
    CHECK(reviews->row(QStringLiteral("total"))->values == QList<qint64>{3, 2});
    CHECK(StatisticsTable::share(*reviews->row(QStringLiteral("2024"))) == 100.0);
    CHECK(StatisticsTable::share(*reviews->row(QStringLiteral("2025"))) == 50.0);
    CHECK(StatisticsTable::share(*reviews->row(QStringLiteral("total"))) == 66.7);
    CHECK(StatisticsTable::share(*reviews->row(QStringLiteral("2023"))) == -1);

    const StatisticsTable *services = report.table(QStringLiteral("services"));
    REQUIRE(services);
    const QString s1 = QStringLiteral("service-%1").arg(data.s1);
    const QString s2 = QStringLiteral("service-%1").arg(data.s2);
    CHECK(services->row(s1)->values == QList<qint64>{4, 3});
    CHECK(services->row(s2)->values == QList<qint64>{2, 2}); // inactive now, but agreed
    CHECK(services->row(s1)->label == data.catalogue.at(0).nameEn);
    CHECK(services->row(QStringLiteral("other"))->values == QList<qint64>{2, 2});
    CHECK(services->row(QStringLiteral("service-%1").arg(data.catalogue.at(2).id)) == nullptr);
    CHECK(services->rows.size() == data.catalogue.size()); // all but one inactive, plus "other"
    CHECK(services->value(QStringLiteral("service-%1").arg(data.catalogue.at(3).id),
                          QStringLiteral("agreed")) == 0);

    const StatisticsTable *windows = report.table(QStringLiteral("window-closing"));
    REQUIRE(windows);
    CHECK(windows->value(QStringLiteral("1-30"), QStringLiteral("clients")) == 1);
    CHECK(windows->value(QStringLiteral("31-60"), QStringLiteral("clients")) == 0);
    CHECK(windows->value(QStringLiteral("61-90"), QStringLiteral("clients")) == 1);
    CHECK(windows->value(QStringLiteral("total"), QStringLiteral("clients")) == 2);
    CHECK(windows->title.contains(QStringLiteral("23.11.2026")));

    // One year alone: 31 December belongs to its own year, 1 January to the next.
    const StatisticsReport only2024 =
        Statistics(db.connection()).compute(2024, 2024, fixedToday, QStringLiteral("en"));
    CHECK(only2024.table(QStringLiteral("plans-per-year"))->rows.size() == 2);
    CHECK(only2024.table(QStringLiteral("plans-per-year"))
              ->value(QStringLiteral("total"), QStringLiteral("plans")) == 3);
    CHECK(only2024.table(QStringLiteral("services"))->value(s1, QStringLiteral("agreed")) == 3);
    CHECK(only2024.table(QStringLiteral("contact-language"))->rows.size() == 2);
}

TEST_CASE("An empty range gives every row with zeros, and bad years a clear error", "[statistics]")
{
    test::TempDatabase db;
    const StatisticsReport empty =
        Statistics(db.connection()).compute(2030, 2031, fixedToday, QStringLiteral("fi"));
    REQUIRE(empty.error.isEmpty());
    CHECK(empty.table(QStringLiteral("plans-per-year"))->rows.size() == 3);
    CHECK(empty.table(QStringLiteral("plans-per-month"))->rows.size() == 24);
    for (const StatisticsTable &table : empty.tables) {
        for (const StatisticsRow &row : table.rows) {
            for (const qint64 value : row.values)
                CHECK(value == 0);
        }
    }
    CHECK(empty.table(QStringLiteral("contact-language"))->rows.isEmpty());
    CHECK(empty.table(QStringLiteral("services"))->rows.size() ==
          ServiceCatalogue(db.connection()).count() + 1);

    const StatisticsReport backwards =
        Statistics(db.connection()).compute(2026, 2025, fixedToday, QStringLiteral("en"));
    CHECK(backwards.error ==
          QStringLiteral("The years must run from 2000 to 2100, the first not after the last."));
    CHECK(backwards.tables.isEmpty());
}

TEST_CASE("The CSV reads back with the same numbers and holds no name or date of birth",
          "[statistics][csv]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    const StatisticsReport report =
        Statistics(db.connection()).compute(2023, 2026, fixedToday, QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());

    const QString path = db.folder() + QStringLiteral("/statistics.csv");
    QString error;
    REQUIRE(StatisticsCsv::write(report, path, &error));
    CHECK(error.isEmpty());
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QByteArray bytes = test::fileBytes(path);
    CHECK(bytes == StatisticsCsv::toCsv(report));
    CHECK(bytes.contains("\r\n"));
    // The main goal's label holds a comma: it must come back as one field.
    CHECK(bytes.contains("\"Another level of Finnish or Swedish, which\""));

    const QList<QStringList> records = StatisticsCsv::parse(QString::fromUtf8(bytes));
    REQUIRE(records.size() > 1);
    CHECK(records.first() == QStringList{QStringLiteral("table"), QStringLiteral("row"),
                                         QStringLiteral("label"), QStringLiteral("column"),
                                         QStringLiteral("value")});
    int compared = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &record = records.at(i);
        REQUIRE(record.size() == 5);
        const StatisticsTable *table = report.table(record.at(0));
        REQUIRE(table);
        const StatisticsRow *row = table->row(record.at(1));
        REQUIRE(row);
        CHECK(row->label == record.at(2));
        if (record.at(3) == QLatin1String("share-percent")) {
            const double share = StatisticsTable::share(*row);
            CHECK(record.at(4) == (share < 0 ? QString() : QString::number(share, 'f', 1)));
        } else {
            // As the table shows it: hours from minutes, "<5" in the tables that hide counts.
            CHECK(record.at(4) == table->text(*row, table->valueKeys.indexOf(record.at(3))));
            if (!table->hidesSmallCounts && table->minuteKeys.isEmpty())
                CHECK(record.at(4).toLongLong() == table->value(record.at(1), record.at(3)));
        }
        ++compared;
    }
    qint64 expected = 0;
    for (const StatisticsTable &table : report.tables)
        expected += table.rows.size() * (table.valueKeys.size() + (table.hasShare ? 1 : 0));
    CHECK(compared == expected);
    CHECK(records.contains(QStringList{QStringLiteral("plans-per-year"), QStringLiteral("2024"),
                                       QStringLiteral("2024"), QStringLiteral("plans"),
                                       QStringLiteral("3")}));
    CHECK(records.contains(QStringList{QStringLiteral("reviews-within-six-months"),
                                       QStringLiteral("total"), QStringLiteral("Total"),
                                       QStringLiteral("share-percent"), QStringLiteral("66.7")}));

    const QString text = report.toText();
    for (const QString &secret : test::privateTexts(data)) {
        INFO(secret.toStdString());
        CHECK_FALSE(QString::fromUtf8(bytes).contains(secret, Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
    }
}

TEST_CASE("A CSV that cannot be written says so and leaves nothing behind", "[statistics][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/statistics.csv"));
    QString error;
    CHECK_FALSE(StatisticsCsv::write(StatisticsReport{}, path, &error));
    CHECK(error.contains(QStringLiteral("statistics.csv")));
    CHECK(error.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("CSV fields are quoted as RFC 4180 says and parse back", "[csv]")
{
    CHECK(StatisticsCsv::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(StatisticsCsv::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(StatisticsCsv::field(QStringLiteral("say \"hi\"")) ==
          QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(StatisticsCsv::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    const QList<QStringList> records =
        StatisticsCsv::parse(QStringLiteral("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"x\ny\",,z\r\n"));
    REQUIRE(records.size() == 2);
    CHECK(records.at(0) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")});
    CHECK(records.at(1) == QStringList{QStringLiteral("x\ny"), QString(), QStringLiteral("z")});
}

TEST_CASE("The statistics table model shows a table with its share", "[statistics][model]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    test::buildStatisticsDataset(db.connection());
    const StatisticsReport report =
        Statistics(db.connection()).compute(2024, 2025, fixedToday, QStringLiteral("en"));
    StatisticsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const StatisticsTable &table : report.tables)
        model.setTable(table);
    model.setTable(*report.table(QStringLiteral("reviews-within-six-months")));
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == 4);
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Share %"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("2025"));
    CHECK(model.index(1, 1).data(StatisticsTableModel::NumberRole).toLongLong() == 2);
    CHECK(model.index(1, 3).data(StatisticsTableModel::NumberRole).toDouble() == 50.0);
}

TEST_CASE("Demo data agrees catalogue services by id, so the services table has figures",
          "[statistics][demo]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 40).error.isEmpty());
    const QList<Service> catalogue = ServiceCatalogue(db.connection()).list();

    // Some sub-goals name a service, with its name and its responsible party; others are typed.
    int fromCatalogue = 0;
    int typed = 0;
    for (const PlanSummary &summary : *PlanStore(db.connection()).search(QString())) {
        const Result<Plan> plan = PlanStore(db.connection()).load(summary.planId);
        REQUIRE(plan);
        for (const SubGoal &row : plan->subGoals) {
            if (row.serviceId == 0) {
                ++typed;
                continue;
            }
            ++fromCatalogue;
            const std::optional<Service> service =
                ServiceCatalogue(db.connection()).load(row.serviceId);
            REQUIRE(service);
            CHECK(row.measure == service->nameEn);
            CHECK(row.responsible == party::label(service->responsible, nullptr));
        }
    }
    CHECK(fromCatalogue > 0);
    CHECK(typed > 0);

    const StatisticsReport report =
        Statistics(db.connection())
            .compute(fixedToday.year() - 5, fixedToday.year(), fixedToday, QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());
    const StatisticsTable *services = report.table(QStringLiteral("services"));
    REQUIRE(services);
    qint64 agreed = 0;
    for (const Service &service : catalogue) {
        const qint64 times =
            services->value(QStringLiteral("service-%1").arg(service.id), QStringLiteral("agreed"));
        agreed += qMax<qint64>(0, times);
    }
    CHECK(agreed == fromCatalogue);
}
