// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Services begin after the plan is signed: the day each began is recorded on the signed plan,
// and that is the one thing of a signed plan's sub-goals that may change.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "models/FollowUpModel.h"
#include "storage/SqlDialect.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"
#include "stores/ServiceStarts.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate today(2026, 11, 23);

AuditLog officerLog(QSqlDatabase db)
{
    return AuditLog(db, {QStringLiteral("Liisa Virtanen"), QStringLiteral("lvirtanen")});
}

// The columns of plan_sub_goal with whether each holds numbers, as the database lists them:
// a column a later migration adds is tried too.
QList<std::pair<QString, bool>> subGoalColumns(QSqlDatabase db)
{
    QSqlQuery query(db);
    const bool sqlite = SqlDialect(db).isSqlite();
    REQUIRE(query.exec(sqlite ? QStringLiteral("SELECT name, type FROM "
                                               "pragma_table_info('plan_sub_goal')")
                              : QStringLiteral("SELECT column_name, data_type FROM "
                                               "information_schema.columns WHERE table_name = "
                                               "'plan_sub_goal' AND table_schema = 'public'")));
    QList<std::pair<QString, bool>> columns;
    while (query.next()) {
        const QString type = query.value(1).toString().toLower();
        columns.append({query.value(0).toString(), type.contains(QLatin1String("int"))});
    }
    return columns;
}

QList<QDate> startDates(QSqlDatabase db, qint64 planId)
{
    const Result<Plan> plan = PlanStore(db).load(planId);
    REQUIRE(plan);
    QList<QDate> dates;
    for (const SubGoal &row : plan->subGoals)
        dates.append(row.startedOn);
    return dates;
}

int auditLines(QSqlDatabase db)
{
    return int(AuditLog(db, {}).query().size());
}

} // namespace

TEST_CASE("A signed plan takes the day its services began and keeps every other value",
          "[signing][services]")
{
    const FixedClock clock(today);
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    REQUIRE(plan.subGoals.size() >= 2);
    REQUIRE_FALSE(plan.subGoals.at(0).startedOn.isValid());
    ServiceStarts starts(db.connection(), officerLog(db.connection()));
    const int linesBefore = auditLines(db.connection());

    const QDate began(2026, 9, 14);
    REQUIRE(starts.record(plan.id, {{0, {}, began}}, today).ok());
    const Result<Plan> stored = PlanStore(db.connection()).load(plan.id);
    REQUIRE(stored);
    CHECK(stored->status == PlanStatus::Signed);
    CHECK(stored->subGoals.at(0).startedOn == began);
    CHECK_FALSE(stored->subGoals.at(1).startedOn.isValid());
    // Nothing else moved: the plan as signed, with the one date.
    Plan expected = plan;
    expected.subGoals[0].startedOn = began;
    CHECK(stored->subGoals == expected.subGoals);
    CHECK(stored->futureWish == plan.futureWish);

    // One line, naming the plan and what changed, no content.
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query();
    REQUIRE(lines.size() == linesBefore + 1);
    CHECK(lines.first().action == AuditAction::Changed);
    CHECK(lines.first().planId == plan.id);
    CHECK(lines.first().detail == QStringLiteral("started_on"));

    SECTION("a date recorded by mistake is corrected or cleared")
    {
        REQUIRE(starts.record(plan.id, {{0, began, QDate(2026, 9, 15)}}, today).ok());
        CHECK(startDates(db.connection(), plan.id).at(0) == QDate(2026, 9, 15));
        REQUIRE(starts.record(plan.id, {{0, QDate(2026, 9, 15), {}}}, today).ok());
        CHECK_FALSE(startDates(db.connection(), plan.id).at(0).isValid());
    }
    SECTION("a date another desk recorded meanwhile is not overwritten, and nothing is written")
    {
        // This desk read the plan before the date above was recorded.
        const StoreResult result = starts.record(
            plan.id, {{1, {}, QDate(2026, 10, 1)}, {0, {}, QDate(2026, 10, 2)}}, today);
        CHECK(result.status == StoreResult::Status::Conflict);
        CHECK(result.message.contains(QStringLiteral("Another desk")));
        CHECK(startDates(db.connection(), plan.id) == QList<QDate>{began, QDate()});
        CHECK(auditLines(db.connection()) == linesBefore + 1);
    }
    SECTION("a service cannot have begun after today")
    {
        const StoreResult result = starts.record(plan.id, {{1, {}, today.addDays(1)}}, today);
        CHECK(result.status == StoreResult::Status::Invalid);
        CHECK(result.message.contains(QStringLiteral("Row 2")));
        CHECK_FALSE(startDates(db.connection(), plan.id).at(1).isValid());
    }
    SECTION("a plan that is gone says so")
    {
        CHECK(starts.record(4711, {{0, {}, began}}, today).status == StoreResult::Status::NotFound);
    }
}

TEST_CASE("The database refuses a change to any other column of a signed plan's sub-goal",
          "[signing][services]")
{
    const FixedClock clock(today);
    test::TempDatabase db;
    QSqlDatabase connection = db.connection();
    const Plan plan = test::storeSignedCase(connection);
    const QString before = test::databaseContent(connection);

    const QList<std::pair<QString, bool>> columns = subGoalColumns(connection);
    REQUIRE(columns.size() >= 8);
    int tried = 0;
    for (const auto &[column, numeric] : columns) {
        if (column == QLatin1String("started_on"))
            continue;
        const QString statement =
            numeric ? QStringLiteral("UPDATE plan_sub_goal SET %1 = COALESCE(%1, 0) + 1 "
                                     "WHERE plan_id = ?")
                          .arg(column)
                    : QStringLiteral("UPDATE plan_sub_goal SET %1 = COALESCE(%1, '') || 'x' "
                                     "WHERE plan_id = ?")
                          .arg(column);
        INFO(statement.toStdString());
        QSqlQuery query(connection);
        query.prepare(statement);
        query.addBindValue(plan.id);
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().text().contains(QStringLiteral("a signed plan cannot be changed")));
        ++tried;
    }
    CHECK(tried == columns.size() - 1);
    // Together with the start date, the other column is refused too.
    QSqlQuery both(connection);
    both.prepare(QStringLiteral("UPDATE plan_sub_goal SET started_on = '2026-01-05', "
                                "measure = 'forged' WHERE plan_id = ?"));
    both.addBindValue(plan.id);
    CHECK_FALSE(both.exec());
    CHECK(test::databaseContent(connection) == before);
}

TEST_CASE("Recorded start dates take a signed plan off the list of services not started",
          "[signing][services][followup]")
{
    test::TempDatabase db;
    QSqlDatabase connection = db.connection();
    Plan plan;
    {
        const FixedClock signing(QDate(2025, 10, 2));
        plan = test::storeSignedCase(connection, [](Plan &p) { p.draftedOn = QDate(2025, 10, 2); });
    }
    // Two months after signing, before the review is due.
    const QDate later(2025, 12, 10);
    const FixedClock clock(later);
    const auto notStarted = [&] {
        FollowUpModel model(connection);
        model.reload();
        int rows = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            rows += model.rowAt(row).kind == FollowUpModel::Kind::ServicesNotStarted ? 1 : 0;
        return rows;
    };
    REQUIRE(notStarted() == 1);

    QList<ServiceStart> all;
    for (int i = 0; i < plan.subGoals.size(); ++i)
        all.append({i, {}, QDate(2025, 10, 20)});
    // One service begun is not all of them.
    REQUIRE(ServiceStarts(connection, officerLog(connection))
                .record(plan.id, {all.first()}, later)
                .ok());
    CHECK(notStarted() == 1);
    all.removeFirst();
    REQUIRE(ServiceStarts(connection, officerLog(connection)).record(plan.id, all, later).ok());
    CHECK(notStarted() == 0);
}
