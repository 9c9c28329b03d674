// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The interpreting figures the municipality claims with: exact on meetings known one by one.
#include "TestSupport.h"
#include "models/StatisticsTableModel.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsCsv.h"
#include "stores/MeetingStore.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

void addMeeting(QSqlDatabase db, qint64 clientId, QDateTime at, Attendance attendance, int minutes,
                const QString &language = {}, InterpretingMode mode = InterpretingMode::Unset)
{
    Meeting meeting;
    meeting.clientId = clientId;
    meeting.startsAt = at;
    meeting.durationMinutes = minutes;
    meeting.attendance = attendance;
    meeting.interpreterBooked = !language.isEmpty();
    meeting.interpreterLanguage = language;
    meeting.interpretingMode = mode;
    REQUIRE(MeetingStore(db).save(meeting).ok());
}

} // namespace

TEST_CASE("Meetings held, interpreted, their hours and the missed ones are exact per month and "
          "year, small counts shown as <5",
          "[statistics][meeting]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection()); // its next meeting: planned, 10/2025
    const qint64 client = plan.clientId;
    const QDate january(2026, 1, 1);
    addMeeting(db.connection(), client, QDateTime(january.addDays(4), QTime(9, 0)),
               Attendance::Came, 90, QStringLiteral("ar"), InterpretingMode::Video);
    addMeeting(db.connection(), client, QDateTime(january.addDays(5), QTime(9, 0)),
               Attendance::Came, 60);
    addMeeting(db.connection(), client, QDateTime(january.addDays(6), QTime(9, 0)),
               Attendance::NoShow, 60, QStringLiteral("ar"), InterpretingMode::OnSite);
    addMeeting(db.connection(), client, QDateTime(january.addDays(7), QTime(9, 0)),
               Attendance::NoShow, 30);
    addMeeting(db.connection(), client, QDateTime(january.addDays(8), QTime(9, 0)),
               Attendance::CancelledInTime, 60, QStringLiteral("ar"), InterpretingMode::Video);
    for (int day = 2; day <= 6; ++day)
        addMeeting(db.connection(), client, QDateTime(QDate(2026, 2, day), QTime(23, 30)),
                   Attendance::Came, 48, QStringLiteral("vi"), InterpretingMode::Phone);
    // Outside the years asked for, and one still planned inside them.
    addMeeting(db.connection(), client, QDateTime(QDate(2025, 12, 31), QTime(23, 59)),
               Attendance::Came, 60, QStringLiteral("vi"), InterpretingMode::Phone);
    addMeeting(db.connection(), client, QDateTime(QDate(2026, 12, 31), QTime(10, 0)),
               Attendance::Planned, 60, QStringLiteral("vi"), InterpretingMode::Phone);

    const StatisticsReport report =
        Statistics(db.connection()).compute(2026, 2026, QDate(2026, 6, 1), QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());
    const StatisticsTable *years = report.table(QStringLiteral("meetings-per-year"));
    const StatisticsTable *months = report.table(QStringLiteral("meetings-per-month"));
    const StatisticsTable *languages = report.table(QStringLiteral("interpreted-meetings"));
    REQUIRE(years);
    REQUIRE(months);
    REQUIRE(languages);

    CHECK(years->value(QStringLiteral("2026"), QStringLiteral("held")) == 7);
    CHECK(years->value(QStringLiteral("2026"), QStringLiteral("interpreted")) == 6);
    CHECK(years->value(QStringLiteral("2026"), QStringLiteral("interpreting-hours")) == 330);
    CHECK(years->value(QStringLiteral("2026"), QStringLiteral("missed")) == 2);
    CHECK(years->value(QStringLiteral("2026"), QStringLiteral("missed-with-interpreter")) == 1);
    CHECK(years->value(QStringLiteral("total"), QStringLiteral("held")) == 7);
    CHECK(months->rows.size() == 12);
    CHECK(months->value(QStringLiteral("2026-01"), QStringLiteral("held")) == 2);
    CHECK(months->value(QStringLiteral("2026-02"), QStringLiteral("held")) == 5);
    CHECK(months->value(QStringLiteral("2026-02"), QStringLiteral("interpreting-hours")) == 240);
    CHECK(months->value(QStringLiteral("2026-12"), QStringLiteral("held")) == 0);

    // What a reader sees: counts under 5 as "<5", minutes as hours.
    const StatisticsRow &january26 = *months->row(QStringLiteral("2026-01"));
    CHECK(months->text(january26, 0) == QStringLiteral("<5"));
    CHECK(months->text(january26, 2) == QStringLiteral("1.5"));
    CHECK(months->text(*months->row(QStringLiteral("2026-02")), 0) == QStringLiteral("5"));
    CHECK(months->text(*months->row(QStringLiteral("2026-03")), 0) == QStringLiteral("0"));
    CHECK(years->text(*years->row(QStringLiteral("2026")), 2) == QStringLiteral("5.5"));

    REQUIRE(languages->rows.size() == 2);
    CHECK(languages->rows.at(0).key == QStringLiteral("vi/phone"));
    CHECK(languages->rows.at(0).label == QStringLiteral("Vietnamese (vi), by phone"));
    CHECK(languages->value(QStringLiteral("vi/phone"), QStringLiteral("meetings")) == 5);
    CHECK(languages->value(QStringLiteral("ar/video"), QStringLiteral("meetings")) == 1);
    CHECK(languages->value(QStringLiteral("ar/video"), QStringLiteral("interpreting-hours")) == 90);

    const QString csv = QString::fromUtf8(StatisticsCsv::toCsv(report));
    CHECK(csv.contains(QStringLiteral("meetings-per-month,2026-01,")));
    CHECK(csv.contains(QStringLiteral(",held,<5\r\n")));
    CHECK(csv.contains(QStringLiteral("meetings-per-year,2026,2026,interpreting-hours,5.5\r\n")));
    CHECK_FALSE(csv.contains(test::fullClient().name));
    CHECK(report.toText().contains(QStringLiteral("Interpreted meetings by language and mode")));

    StatisticsTableModel model;
    QAbstractItemModelTester tester(&model);
    model.setTable(*months);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("<5"));
    CHECK(model.index(0, 1).data(StatisticsTableModel::NumberRole).toLongLong() == 2);
}
