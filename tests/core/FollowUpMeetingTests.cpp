// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The follow-up knows the meeting record: a missed meeting without a new one, and a plan whose
// services were due to start by the act's time.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/RuleSet.h"
#include "models/FollowUpModel.h"
#include "stores/MeetingStore.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

QList<FollowUpModel::Row> rowsOf(QSqlDatabase db, FollowUpModel::Kind kind)
{
    FollowUpModel model(db);
    QAbstractItemModelTester tester(&model);
    model.reload();
    QList<FollowUpModel::Row> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).kind == kind)
            rows.append(model.rowAt(row));
    }
    return rows;
}

} // namespace

TEST_CASE("Both acts give one month to start the services agreed in the plan", "[schedule]")
{
    CHECK(RuleSet::forDate(QDate(2024, 6, 1)).servicesStartMonths == 1);
    CHECK(RuleSet::forDate(QDate(2025, 6, 1)).act == QStringLiteral("681/2023"));
    CHECK(RuleSet::forDate(QDate(2025, 6, 1)).servicesStartMonths == 1);
}

TEST_CASE("A missed meeting shows in the follow-up until a new one is planned or held",
          "[followup][meeting]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection()); // next meeting 2.10.2025 9.30
    MeetingStore meetings(db.connection());
    FixedClock clock(QDate(2025, 10, 10));
    CHECK(rowsOf(db.connection(), FollowUpModel::Kind::MeetingMissed).isEmpty());

    const qint64 next = meetings.nextFor(plan)->id;
    REQUIRE(meetings.setAttendance(next, Attendance::NoShow).ok());
    QList<FollowUpModel::Row> missed = rowsOf(db.connection(), FollowUpModel::Kind::MeetingMissed);
    REQUIRE(missed.size() == 1);
    CHECK(missed.first().clientId == plan.clientId);
    CHECK(missed.first().planId == plan.id);
    CHECK(missed.first().when == QDateTime(QDate(2025, 10, 2), QTime(9, 30)));
    CHECK(FollowUpModel::kindLabel(FollowUpModel::Kind::MeetingMissed) ==
          QStringLiteral("Missed meeting, no new one planned"));

    // A meeting cancelled in time afterwards is no new meeting; a planned one is.
    Meeting cancelled;
    cancelled.clientId = plan.clientId;
    cancelled.startsAt = QDateTime(QDate(2025, 10, 6), QTime(9, 0));
    cancelled.attendance = Attendance::CancelledInTime;
    REQUIRE(meetings.save(cancelled).ok());
    CHECK(rowsOf(db.connection(), FollowUpModel::Kind::MeetingMissed).size() == 1);
    Meeting again = cancelled;
    again.id = 0;
    again.startsAt = QDateTime(QDate(2025, 10, 20), QTime(13, 0));
    again.attendance = Attendance::Planned;
    REQUIRE(meetings.save(again).ok());
    CHECK(rowsOf(db.connection(), FollowUpModel::Kind::MeetingMissed).isEmpty());
}

TEST_CASE("A signed plan with a service that has no start date a month after the signing "
          "shows in the follow-up",
          "[followup][meeting]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection()); // signed 2.4.2025
    REQUIRE_FALSE(plan.subGoals.isEmpty());
    REQUIRE_FALSE(plan.subGoals.first().startedOn.isValid());
    {
        FixedClock clock(QDate(2025, 5, 2)); // the day the month ends
        CHECK(rowsOf(db.connection(), FollowUpModel::Kind::ServicesNotStarted).isEmpty());
    }
    FixedClock clock(QDate(2025, 5, 3));
    QList<FollowUpModel::Row> rows =
        rowsOf(db.connection(), FollowUpModel::Kind::ServicesNotStarted);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().planId == plan.id);
    CHECK(rows.first().when.date() == QDate(2025, 5, 2));
    CHECK(FollowUpModel::kindLabel(FollowUpModel::Kind::ServicesNotStarted) ==
          QStringLiteral("Services not started in time"));
    // A meeting held is no start of a service.
    Meeting meeting;
    meeting.clientId = plan.clientId;
    meeting.startsAt = QDateTime(QDate(2025, 4, 28), QTime(10, 0));
    meeting.attendance = Attendance::Came;
    REQUIRE(MeetingStore(db.connection()).save(meeting).ok());
    CHECK(rowsOf(db.connection(), FollowUpModel::Kind::ServicesNotStarted).size() == 1);
}

TEST_CASE("A signed plan whose every service has a start date is not in the follow-up",
          "[followup]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection(), [](Plan &plan) {
        for (SubGoal &row : plan.subGoals)
            row.startedOn = QDate(2025, 4, 20);
    });
    FixedClock clock(QDate(2025, 5, 3));
    CHECK(rowsOf(db.connection(), FollowUpModel::Kind::ServicesNotStarted).isEmpty());
    CHECK(RuleSet::forDate(plan.draftedOn).servicesStartBasis.contains(QStringLiteral("14 §")));
}
