// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The record of a case's meetings, and the plan's next meeting as its planned meeting.
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

Meeting interpretedMeeting(qint64 clientId)
{
    Meeting meeting;
    meeting.clientId = clientId;
    meeting.kind = MeetingKind::Other;
    meeting.startsAt = QDateTime(QDate(2026, 3, 27), QTime(13, 15));
    meeting.durationMinutes = 75;
    meeting.place = QStringLiteral("Service point, room 4");
    meeting.officer = QStringLiteral("Liisa Virtanen");
    meeting.interpreterBooked = true;
    meeting.interpreterLanguage = QStringLiteral("ar");
    meeting.interpretingMode = InterpretingMode::Video;
    meeting.agency = QStringLiteral("Tulkkikeskus Oy");
    meeting.reminder = QStringLiteral("Bring your residence permit card.");
    return meeting;
}

} // namespace

TEST_CASE("Every field of a meeting survives save and load, and whether the client came is one "
          "call",
          "[meeting][store]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MeetingStore meetings(db.connection());
    Meeting meeting = interpretedMeeting(plan.clientId);
    REQUIRE(meetings.save(meeting).ok());
    REQUIRE(meeting.id > 0);
    CHECK(meetings.load(meeting.id) == meeting);

    REQUIRE(meetings.setAttendance(meeting.id, Attendance::NoShow).ok());
    CHECK(meetings.load(meeting.id)->attendance == Attendance::NoShow);
    meeting.attendance = Attendance::NoShow;
    CHECK(meetings.load(meeting.id) == meeting);

    // The client's meetings, oldest first: the plan's next meeting (2.10.2025) before this one.
    const QList<Meeting> all = meetings.meetingsOf(plan.clientId);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).startsAt == plan.nextMeeting);
    CHECK(all.at(1).id == meeting.id);
    CHECK(meetings.setAttendance(99999, Attendance::Came).status == StoreResult::Status::NotFound);
}

TEST_CASE("A meeting without a time or with an impossible length is refused and nothing is "
          "stored",
          "[meeting][store]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    const QString before = test::databaseContent(db.connection());
    Meeting meeting = interpretedMeeting(plan.clientId);
    meeting.startsAt = {};
    meeting.durationMinutes = -5;
    const StoreResult result = MeetingStore(db.connection()).save(meeting);
    CHECK(result.status == StoreResult::Status::Invalid);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems.at(0).field == QStringLiteral("startsAt"));
    CHECK(result.problems.at(1).field == QStringLiteral("durationMinutes"));
    CHECK(meeting.id == 0);
    CHECK(test::databaseContent(db.connection()) == before);
}

TEST_CASE("The plan's next meeting is the planned meeting of the record: typed, moved, cleared",
          "[meeting][store]")
{
    test::TempDatabase db;
    Plan plan = test::storeFullCase(db.connection());
    MeetingStore meetings(db.connection());
    PlanStore plans(db.connection());

    // Typed with the plan: a planned review meeting with the plan's interpreter.
    std::optional<Meeting> next = meetings.nextFor(plan);
    REQUIRE(next);
    CHECK(next->id > 0);
    CHECK(next->planId == plan.id);
    CHECK(next->startsAt == QDateTime(QDate(2025, 10, 2), QTime(9, 30)));
    CHECK(next->place == QStringLiteral("Service point, room 2"));
    CHECK(next->attendance == Attendance::Planned);
    CHECK(next->interpreterBooked);
    CHECK(next->interpreterLanguage == QStringLiteral("vi"));
    CHECK(next->interpretingMode == InterpretingMode::Phone);
    const qint64 id = next->id;

    // The officer adds what the record knows besides the time: it stays when the plan moves it.
    next->agency = QStringLiteral("Tulkkikeskus Oy");
    REQUIRE(meetings.save(*next).ok());
    plan.nextMeeting = QDateTime(QDate(2025, 10, 9), QTime(10, 0));
    plan.nextMeetingPlace = QStringLiteral("Library, meeting room");
    REQUIRE(plans.save(plan).ok());
    next = meetings.nextFor(plan);
    REQUIRE(next);
    CHECK(next->id == id);
    CHECK(next->startsAt == plan.nextMeeting);
    CHECK(next->place == QStringLiteral("Library, meeting room"));
    CHECK(next->agency == QStringLiteral("Tulkkikeskus Oy"));
    CHECK(meetings.meetingsOf(plan.clientId).size() == 1);

    // Cleared: the planned meeting goes.
    plan.nextMeeting = {};
    REQUIRE(plans.save(plan).ok());
    CHECK(meetings.meetingsOf(plan.clientId).isEmpty());
    {
        FixedClock clock(QDate(2025, 9, 1));
        CHECK_FALSE(meetings.nextFor(plan));
    }

    // A meeting already marked held stays when the plan's field changes.
    plan.nextMeeting = QDateTime(QDate(2025, 11, 3), QTime(9, 0));
    REQUIRE(plans.save(plan).ok());
    const qint64 held = meetings.nextFor(plan)->id;
    REQUIRE(meetings.setAttendance(held, Attendance::Came).ok());
    plan.nextMeeting = QDateTime(QDate(2026, 1, 12), QTime(9, 0));
    REQUIRE(plans.save(plan).ok());
    const QList<Meeting> all = meetings.meetingsOf(plan.clientId);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).id == held);
    CHECK(all.at(0).attendance == Attendance::Came);
    CHECK(all.at(0).startsAt == QDateTime(QDate(2025, 11, 3), QTime(9, 0)));
    CHECK(all.at(1).startsAt == plan.nextMeeting);
    CHECK(all.at(1).attendance == Attendance::Planned);
}

TEST_CASE("A review copying the plan's next meeting is the same meeting, and a discarded draft "
          "takes only its own",
          "[meeting][store]")
{
    test::TempDatabase db;
    const test::ReviewCase reviewCase = test::storeSignedPlanWithReviewDraft(db.connection());
    // The review keeps the meeting the signed plan agreed.
    Plan review = reviewCase.review;
    review.nextMeeting = reviewCase.first.nextMeeting;
    PlanStore plans(db.connection());
    MeetingStore meetings(db.connection());
    REQUIRE(plans.save(review).ok());
    const QList<Meeting> all = meetings.meetingsOf(review.clientId);
    REQUIRE(all.size() == 1);
    CHECK(all.first().planId == review.id);

    // Discarding the draft keeps the meeting the signed plan still names.
    REQUIRE(plans.removeDraft(review.id).ok());
    REQUIRE(meetings.meetingsOf(review.clientId).size() == 1);
    CHECK(meetings.meetingsOf(review.clientId).first().planId == 0);

    // A draft's own new time goes with the draft.
    Plan again =
        *plans.draftFor(*ClientStore(db.connection()).load(review.clientId), QDate(2025, 10, 2));
    again.nextMeeting = QDateTime(QDate(2026, 4, 1), QTime(8, 30));
    REQUIRE(plans.save(again).ok());
    REQUIRE(meetings.meetingsOf(review.clientId).size() == 2);
    REQUIRE(plans.removeDraft(again.id).ok());
    REQUIRE(meetings.meetingsOf(review.clientId).size() == 1);
    CHECK(meetings.meetingsOf(review.clientId).first().startsAt == reviewCase.first.nextMeeting);
}

TEST_CASE("Erasing a client erases their meetings", "[meeting][erasure]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    Meeting meeting = interpretedMeeting(plan.clientId);
    REQUIRE(MeetingStore(db.connection()).save(meeting).ok());
    REQUIRE(ClientErasure(db.connection(), AuditLog(db.connection(), AuditActor::fromSettings()))
                .erase(plan.clientId, ClientErasure::Scope::IncludingSignedPlans)
                .ok());
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM meeting")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("The upgrade turns every next meeting typed before into a planned meeting, once",
          "[meeting][database][sqlite]")
{
    test::TempDatabase db;
    // Two plans of one client naming the same time, and a plan without a next meeting.
    const test::ReviewCase reviewCase = test::storeSignedPlanWithReviewDraft(db.connection());
    Plan review = reviewCase.review;
    review.nextMeeting = reviewCase.first.nextMeeting;
    review.nextMeetingPlace = QStringLiteral("Library, meeting room");
    REQUIRE(PlanStore(db.connection()).save(review).ok());
    Client other = test::fullClient();
    other.name = QStringLiteral("Ahmed Ali");
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    Plan without = test::fullPlan(other.id);
    without.nextMeeting = {};
    REQUIRE(PlanStore(db.connection()).save(without).ok());

    // The database as the version before the meeting record (10) left it: no meeting table,
    // no start dates of sub-goals (012).
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("DROP TABLE meeting")));
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE plan_sub_goal DROP COLUMN started_on")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 10")));
    query.finish();
    const QString location = db.location();
    db.database().close();

    Database reopened;
    REQUIRE(reopened.open(location).ok());
    CHECK(reopened.schemaVersion() == Database::latestSchemaVersion());
    const QList<Meeting> meetings = MeetingStore(reopened.connection()).meetingsOf(review.clientId);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.first().planId == review.id); // the newest plan naming it
    CHECK(meetings.first().startsAt == review.nextMeeting);
    CHECK(meetings.first().place == review.nextMeetingPlace);
    CHECK(meetings.first().attendance == Attendance::Planned);
    CHECK(meetings.first().interpreterBooked);
    CHECK(meetings.first().interpreterLanguage == QStringLiteral("vi"));
    CHECK(MeetingStore(reopened.connection()).meetingsOf(other.id).isEmpty());
}

TEST_CASE("The upgrade to version 12 gives every stored sub-goal an empty start date",
          "[meeting][database][sqlite]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE plan_sub_goal DROP COLUMN started_on")));
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 11")));
    query.finish();
    const QString location = db.location();
    db.database().close();

    Database reopened;
    REQUIRE(reopened.open(location).ok());
    // 12 and every migration after it ran.
    CHECK(reopened.schemaVersion() == Database::latestSchemaVersion());
    const Result<Plan> stored = PlanStore(reopened.connection()).load(plan.id);
    REQUIRE(stored);
    REQUIRE(stored->subGoals.size() == plan.subGoals.size());
    CHECK(stored->subGoals.first().goal == plan.subGoals.first().goal);
    CHECK_FALSE(stored->subGoals.first().startedOn.isValid());
}

TEST_CASE("Demo data has meetings held, missed, cancelled and planned, with and without "
          "interpreters",
          "[meeting][demo]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 40).error.isEmpty());
    QSet<int> attendances;
    bool interpreted = false, without = false, missedInterpreted = false;
    int meetings = 0;
    QSqlQuery clients(db.connection());
    REQUIRE(clients.exec(QStringLiteral("SELECT id FROM client")));
    while (clients.next()) {
        for (const Meeting &meeting :
             MeetingStore(db.connection()).meetingsOf(clients.value(0).toLongLong())) {
            ++meetings;
            attendances.insert(int(meeting.attendance));
            interpreted = interpreted || meeting.interpreterBooked;
            without = without || !meeting.interpreterBooked;
            missedInterpreted = missedInterpreted || (meeting.interpreterBooked &&
                                                      meeting.attendance == Attendance::NoShow);
        }
    }
    CHECK(meetings > 40);
    CHECK(attendances.contains(int(Attendance::Came)));
    CHECK(attendances.contains(int(Attendance::NoShow)));
    CHECK(attendances.contains(int(Attendance::CancelledInTime)));
    CHECK(attendances.contains(int(Attendance::Planned)));
    CHECK(interpreted);
    CHECK(without);
    CHECK(missedInterpreted);
}
