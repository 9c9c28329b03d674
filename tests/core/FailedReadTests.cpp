// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A read that fails says so: load, plansOf and search report a failure in words, never "not
// found" or an empty list, and "not found" stays "not found".
#include "TestSupport.h"

#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// Takes a table out of reach, as a damaged file or a role without the right would.
void hideTable(const QSqlDatabase &db, const char *table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(
        QStringLiteral("ALTER TABLE %1 RENAME TO %1_hidden").arg(QString::fromLatin1(table))));
}

} // namespace

TEST_CASE("A plan that is not there is not found, and a read that fails says why", "[stores]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    const PlanStore plans(db.connection());

    const Result<Plan> missing = plans.load(plan.id + 100);
    CHECK(missing.status == ResultStatus::NotFound);
    CHECK(missing.message == PlanStore::tr("The plan no longer exists."));

    REQUIRE(plans.load(plan.id));
    REQUIRE(plans.plansOf(plan.clientId)->size() == 1);
    hideTable(db.connection(), "plan_sub_goal");

    const Result<Plan> failed = plans.load(plan.id);
    CHECK(failed.status == ResultStatus::Failed);
    CHECK(failed.message.startsWith(PlanStore::tr("The plans could not be read.")));
    const Result<QList<Plan>> history = plans.plansOf(plan.clientId);
    CHECK(history.status == ResultStatus::Failed);
    CHECK(history.message.startsWith(PlanStore::tr("The plans could not be read.")));
    // A draft cannot start from a history that could not be read.
    Client client = test::fullClient();
    client.id = plan.clientId;
    CHECK(plans.draftFor(client, QDate(2026, 1, 5)).status == ResultStatus::Failed);
}

TEST_CASE("A search that cannot run says so instead of finding nothing", "[stores]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    REQUIRE(PlanStore(db.connection()).search(QStringLiteral("Nguy"))->size() == 1);
    REQUIRE(ClientStore(db.connection()).search(QStringLiteral("Nguy"))->size() == 1);

    hideTable(db.connection(), "client_citizenship");
    const Result<QList<Client>> clients =
        ClientStore(db.connection()).search(QStringLiteral("Nguy"));
    CHECK(clients.status == ResultStatus::Failed);
    CHECK(clients.message.startsWith(ClientStore::tr("The clients could not be read.")));
    CHECK(ClientStore(db.connection()).load(plan.clientId).status == ResultStatus::Failed);

    hideTable(db.connection(), "client");
    const Result<QList<PlanSummary>> plans =
        PlanStore(db.connection()).search(QStringLiteral("Nguy"));
    CHECK(plans.status == ResultStatus::Failed);
    CHECK(plans.message.startsWith(PlanStore::tr("The search could not be run.")));
}

TEST_CASE("A client's plans load with their rows, in the order they were drawn up", "[stores]")
{
    test::TempDatabase db;
    Client other = test::fullClient();
    other.name = QStringLiteral("Someone Else");
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    Plan otherPlan = test::fullPlan(other.id);
    otherPlan.subGoals.removeLast();
    REQUIRE(PlanStore(db.connection()).save(otherPlan).ok());
    const test::ReviewCase reviewCase = test::storeSignedPlanWithReviewDraft(db.connection());
    Plan review = reviewCase.review;
    review.subGoals.append({QStringLiteral("Driving licence"), QStringLiteral("Course"), 0,
                            QStringLiteral("Client"), QStringLiteral("Spring")});
    REQUIRE(PlanStore(db.connection()).save(review).ok());

    const Result<QList<Plan>> plans = PlanStore(db.connection()).plansOf(review.clientId);
    REQUIRE(plans);
    REQUIRE(plans->size() == 2);
    // Each plan equal to its own load: the rows of one plan never land in another.
    CHECK(plans->at(0) == *PlanStore(db.connection()).load(reviewCase.first.id));
    CHECK(plans->at(1) == review);
    CHECK(plans->at(1).subGoals.size() == 3);
    CHECK(plans->at(1).outcomes.size() == 2);
    CHECK(PlanStore(db.connection()).plansOf(other.id)->constFirst().subGoals.size() == 1);
}
