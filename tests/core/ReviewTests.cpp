// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "models/SubGoalOutcomeModel.h"
#include "print/PlanDocument.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanReviews.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QUrl>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const AuditActor officer{QStringLiteral("Liisa Virtanen"), QStringLiteral("lvirtanen")};

struct SignedCase
{
    Client client;
    Plan first;
};

SignedCase signedCase(QSqlDatabase db)
{
    Client client = test::fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    Plan first = test::fullPlan(client.id);
    REQUIRE(PlanStore(db).save(first).ok());
    REQUIRE(PlanStore(db).sign(first.id, first.draftedOn, officer.officer).ok());
    return {client, *PlanStore(db).load(first.id)};
}

} // namespace

TEST_CASE("Outcomes: one row per sub-goal of the previous plan, outcome and note editable",
          "[models][review]")
{
    SubGoalOutcomeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreviousSubGoals(test::fullPlan(1).subGoals);
    // An outcome for a sub-goal the previous plan does not have is dropped; a missing one waits.
    model.setRows(
        {{1, Outcome::Changed, QStringLiteral("Moved to spring")}, {5, Outcome::Achieved, {}}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.rows() ==
          QList<SubGoalOutcome>{{0, Outcome::Unset, {}},
                                {1, Outcome::Changed, QStringLiteral("Moved to spring")}});
    CHECK(model.index(0, SubGoalOutcomeModel::SubGoalText).data().toString() ==
          QStringLiteral("Finnish A2"));
    CHECK(model.index(0, SubGoalOutcomeModel::Result).data().toString() ==
          QStringLiteral("Not assessed"));
    CHECK(model.index(1, SubGoalOutcomeModel::Result).data().toString() ==
          QStringLiteral("Changed"));
    CHECK(model.headerData(SubGoalOutcomeModel::SubGoalText, Qt::Horizontal).toString() ==
          QStringLiteral("Sub-goal of the previous plan"));
    CHECK_FALSE(model.flags(model.index(0, SubGoalOutcomeModel::SubGoalText)) & Qt::ItemIsEditable);
    CHECK(model.flags(model.index(0, SubGoalOutcomeModel::Note)) & Qt::ItemIsEditable);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(model.index(0, SubGoalOutcomeModel::Result), int(Outcome::Partly)));
    REQUIRE(model.setData(model.index(0, SubGoalOutcomeModel::Note),
                          QStringLiteral("A2 in writing, A1 in speaking")));
    CHECK(changed.count() == 2);
    CHECK(model.rows().at(0) ==
          SubGoalOutcome{0, Outcome::Partly, QStringLiteral("A2 in writing, A1 in speaking")});

    // The sub-goal's own text belongs to the signed plan and is not edited here; a number that
    // is no outcome is refused and changes nothing.
    CHECK_FALSE(
        model.setData(model.index(0, SubGoalOutcomeModel::SubGoalText), QStringLiteral("Other")));
    CHECK_FALSE(model.setData(model.index(1, SubGoalOutcomeModel::Result), 42));
    CHECK(model.rows().at(1).outcome == Outcome::Changed);
    CHECK(changed.count() == 2);
}

TEST_CASE("Start review: only from signed plans, a full copy with the first plan's date",
          "[review]")
{
    const FixedClock clock(QDate(2025, 10, 2));
    test::TempDatabase db;
    Client nobody;
    nobody.name = QStringLiteral("Ahmet Yılmaz");
    nobody.dateOfBirth = QDate(1990, 1, 1);
    REQUIRE(ClientStore(db.connection()).save(nobody).ok());
    CHECK_FALSE(PlanReviews(db.connection()).canStart(nobody.id)); // no plan to review

    const SignedCase start = signedCase(db.connection());
    const AuditLog audit(db.connection(), officer);
    PlanReviews reviews(db.connection(), audit);
    REQUIRE(reviews.canStart(start.client.id));

    Plan review;
    REQUIRE(reviews.start(start.client.id, QDate(2025, 10, 2), &review).ok());
    const Result<Plan> stored = PlanStore(db.connection()).load(review.id);
    REQUIRE(stored.has_value());
    CHECK(stored->kind == PlanKind::Review);
    CHECK(stored->status == PlanStatus::Draft);
    CHECK(stored->previousPlanId == start.first.id);
    CHECK(stored->firstPlanDate == start.first.draftedOn);
    CHECK(stored->draftedOn == QDate(2025, 10, 2));
    // Every field of the signed plan is in the draft, save what a new meeting asks anew.
    Plan expected = start.first;
    expected.id = stored->id;
    expected.rowVersion = stored->rowVersion;
    expected.kind = PlanKind::Review;
    expected.previousPlanId = start.first.id;
    expected.firstPlanDate = start.first.draftedOn;
    expected.draftedOn = QDate(2025, 10, 2);
    expected.status = PlanStatus::Draft;
    expected.signedOn = QDate();
    expected.signedBy.clear();
    expected.nextMeeting = QDateTime();
    expected.rightsDiscussed = false;
    expected.clientUnderstood = false;
    expected.outcomes = {{0, Outcome::Unset, {}}, {1, Outcome::Unset, {}}};
    CHECK(*stored == expected);
    CHECK(reviews.previousSubGoals(*stored) == start.first.subGoals);

    const QList<AuditEntry> lines = audit.query();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().action == AuditAction::Created);
    CHECK(lines.first().planId == review.id);
    // On PostgreSQL the officer is the database role, whatever the program says.
    const QString expectedOfficer =
        test::onPostgres() ? QUrl(test::postgresServerUrl()).userName() : officer.officer;
    CHECK(lines.first().actor.officer == expectedOfficer);
    CHECK(lines.first().actor.osUser == officer.osUser);

    // A draft exists now: a second review is refused, and nothing is stored or logged.
    CHECK_FALSE(reviews.canStart(start.client.id));
    const int plans = PlanStore(db.connection()).count();
    Plan second;
    const StoreResult refused = reviews.start(start.client.id, QDate(2025, 10, 3), &second);
    CHECK(refused.status == StoreResult::Status::Invalid);
    CHECK(refused.message ==
          QStringLiteral("A review starts from a signed plan, and only when the client has no "
                         "draft."));
    CHECK(second.id == 0);
    CHECK(PlanStore(db.connection()).count() == plans);
    CHECK(audit.query().size() == 1);
    CHECK(*PlanStore(db.connection()).load(start.first.id) == start.first);
}

TEST_CASE("A review's outcomes are checked as the store expects before signing", "[review]")
{
    const FixedClock clock(QDate(2025, 10, 2));
    test::TempDatabase db;
    const SignedCase start = signedCase(db.connection());
    Plan review;
    REQUIRE(PlanReviews(db.connection()).start(start.client.id, QDate(2025, 10, 2), &review).ok());
    review.outcomes = {{0, Outcome::Achieved, {}}, {1, Outcome::Changed, {}}};
    const StoreResult refused = PlanStore(db.connection()).save(review);
    CHECK(refused.status == StoreResult::Status::Invalid);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.first().message ==
          QStringLiteral("Say in the note how sub-goal 2 was changed."));
    CHECK(PlanStore(db.connection()).load(review.id)->outcomes.at(1).outcome == Outcome::Unset);

    review.outcomes[1].note = QStringLiteral("Civic orientation moved to spring");
    REQUIRE(PlanStore(db.connection()).save(review).ok());
    const std::optional<PlanDocument> document =
        PlanDocument::load(db.connection(), review.id, QStringLiteral("fi"));
    REQUIRE(document.has_value());
    CHECK(document->previousSubGoals() == start.first.subGoals);
    CHECK(document->plan().outcomes == review.outcomes);
    CHECK_FALSE(PlanDocument::load(db.connection(), 9999, QStringLiteral("fi")).has_value());
}
