// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The services agreed are counted from a summary the database's triggers keep (migration 015).
// It must stay exactly what the sub-goals say through everything that writes them.
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/PlanImport.h"
#include "exchange/PlanJson.h"
#include "statistics/Statistics.h"
#include "stores/AuditLog.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

QList<QStringList> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    QList<QStringList> result;
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column).toString());
        result.append(row);
    }
    return result;
}

// The services table of the years, counted from the sub-goals themselves as the statistics
// did before the summary: key, times agreed, clients.
QList<QStringList> servicesFromSubGoals(const QSqlDatabase &db, int from, int to)
{
    return rows(db,
                QStringLiteral("SELECT COALESCE(s.service_id, 0), COUNT(*), "
                               "COUNT(DISTINCT p.client_id) FROM plan_sub_goal s "
                               "JOIN plan p ON p.id = s.plan_id "
                               "WHERE p.drafted_on >= '%1-01-01' AND p.drafted_on <= '%2-12-31' "
                               "AND (s.service_id IS NOT NULL OR s.measure <> '') "
                               "GROUP BY COALESCE(s.service_id, 0) ORDER BY 1")
                    .arg(from)
                    .arg(to));
}

// The same, as the statistics report them (the rows that have a figure).
QList<QStringList> servicesReported(const QSqlDatabase &db, int from, int to)
{
    const StatisticsReport report =
        Statistics(db).compute(from, to, fixedToday, QStringLiteral("en"));
    REQUIRE(report.error.isEmpty());
    const StatisticsTable *services = report.table(QStringLiteral("services"));
    REQUIRE(services);
    QMap<qint64, QStringList> byId;
    for (const StatisticsRow &row : services->rows) {
        if (row.values.at(0) == 0)
            continue;
        const qint64 id = row.key == QLatin1String("other")
                              ? 0
                              : row.key.mid(QStringLiteral("service-").size()).toLongLong();
        byId.insert(id, {QString::number(id), QString::number(row.values.at(0)),
                         QString::number(row.values.at(1))});
    }
    return byId.values();
}

// The summary as kept, row for row, against the sub-goals; and the report against the count.
void checkExact(const QSqlDatabase &db)
{
    const QList<QStringList> kept =
        rows(db, QStringLiteral("SELECT year, service_id, client_id, uses "
                                "FROM statistics_service_use ORDER BY 1, 2, 3"));
    const QList<QStringList> counted =
        rows(db, QStringLiteral("SELECT SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), "
                                "p.client_id, COUNT(*) FROM plan_sub_goal s "
                                "JOIN plan p ON p.id = s.plan_id "
                                "WHERE s.service_id IS NOT NULL OR s.measure <> '' "
                                "GROUP BY SUBSTR(p.drafted_on, 1, 4), COALESCE(s.service_id, 0), "
                                "p.client_id ORDER BY 1, 2, 3"));
    CHECK(kept == counted);
    for (const auto &[from, to] :
         {std::pair{2024, 2024}, {2025, 2025}, {2026, 2026}, {2024, 2026}, {2022, 2025}}) {
        INFO(from << "–" << to);
        CHECK(servicesReported(db, from, to) == servicesFromSubGoals(db, from, to));
    }
}

} // namespace

TEST_CASE("The services' summary stays exact through saves, signing, review, import, removal "
          "and erasure",
          "[statistics]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    const AuditLog audit(db.connection(),
                         {QStringLiteral("Liisa Virtanen"), QStringLiteral("lvirtanen")});
    PlanStore plans(db.connection(), audit);
    // The summary a database upgraded to 015 starts from, and the dataset's saves after it.
    checkExact(db.connection());
    REQUIRE(servicesFromSubGoals(db.connection(), 2024, 2024).size() == 2);

    // A draft saved again and again: a service added twice, one changed to free text, the
    // date moved into another year, then back.
    const Client dawit = data.clients.at(3);
    Plan draft = plans.plansOf(dawit.id)->first();
    draft.subGoals.append({QStringLiteral("Goal"), QStringLiteral("Course"), data.s2, {}, {}});
    draft.subGoals.append({QStringLiteral("Goal"), QStringLiteral("Course"), data.s2, {}, {}});
    REQUIRE(plans.save(draft).ok());
    checkExact(db.connection());
    draft.subGoals[0].serviceId = 0;
    draft.subGoals[0].measure = QStringLiteral("Own words");
    draft.draftedOn = QDate(2025, 2, 2);
    REQUIRE(plans.save(draft).ok());
    checkExact(db.connection());
    draft.subGoals.removeLast();
    draft.subGoals[1].measure.clear();
    draft.subGoals[1].serviceId = 0; // neither a service nor a measure: agreed nothing
    draft.draftedOn = QDate(2026, 1, 1);
    REQUIRE(plans.save(draft).ok());
    checkExact(db.connection());

    // Signed, then reviewed: the review starts as a copy of the plan's sub-goals.
    REQUIRE(plans.sign(draft.id, QDate(2026, 1, 1), QStringLiteral("Liisa")).ok());
    checkExact(db.connection());
    Plan review = *plans.draftFor(dawit, QDate(2026, 6, 1));
    for (SubGoalOutcome &outcome : review.outcomes)
        outcome.outcome = Outcome::Achieved;
    REQUIRE(plans.save(review).ok());
    checkExact(db.connection());
    REQUIRE(plans.sign(review.id, QDate(2026, 6, 1), QStringLiteral("Liisa")).ok());
    checkExact(db.connection());

    // A plan that comes in from another municipality, for a new client.
    Client mover = test::fullClient();
    Plan moved = test::fullPlan(0);
    moved.draftedOn = QDate(2025, 3, 3);
    moved.subGoals = {{QStringLiteral("Goal"), QStringLiteral("Assessment"), 0, {}, {}}};
    const ExchangeEnvelope envelope{QStringLiteral("Vaasan kaupunki"),
                                    QStringLiteral("Liisa"),
                                    QStringLiteral("TE"),
                                    Clock::now(),
                                    {},
                                    {},
                                    false};
    const PlanImport::Result imported = PlanImport::importBytes(
        db.connection(), QJsonDocument(PlanJson::write(mover, moved, envelope)).toJson(),
        QStringLiteral("moved.json"));
    INFO(imported.message.toStdString());
    REQUIRE(imported.ok());
    checkExact(db.connection());

    // A draft discarded, then a client erased with their signed plans.
    Plan discarded = *plans.draftFor(dawit, QDate(2026, 9, 1));
    for (SubGoalOutcome &outcome : discarded.outcomes)
        outcome.outcome = Outcome::Partly;
    REQUIRE(plans.save(discarded).ok());
    checkExact(db.connection());
    REQUIRE(plans.removeDraft(discarded.id).ok());
    checkExact(db.connection());
    const StoreResult erased =
        ClientErasure(db.connection(), audit)
            .erase(data.clients.at(0).id, ClientErasure::Scope::IncludingSignedPlans);
    REQUIRE(erased.ok());
    checkExact(db.connection());
    CHECK(rows(db.connection(),
               QStringLiteral("SELECT COUNT(*) FROM statistics_service_use WHERE client_id = %1")
                   .arg(data.clients.at(0).id))
              .first()
              .first() == QStringLiteral("0"));
}
