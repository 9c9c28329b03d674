// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/PlanRows.h"

#include "storage/SqlValues.h"
#include "stores/DraftRows.h"

#include <QHash>
#include <QSqlQuery>

namespace kotoplan::planRows {

bool write(const QSqlDatabase &db, const Plan &plan, QSqlError *error)
{
    QSqlQuery query(db);
    const auto failed = [&query, error] {
        *error = query.lastError();
        return false;
    };
    if (!draftRows::clear(db, plan.id, error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO plan_participant (plan_id, position, name, "
                                 "organisation) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.participants.size(); ++i) {
        const Participant &participant = plan.participants.at(i);
        query.addBindValue(plan.id);
        query.addBindValue(int(i));
        query.addBindValue(sql::text(participant.name));
        query.addBindValue(sql::text(participant.organisation));
        if (!query.exec())
            return failed();
    }
    query.prepare(QStringLiteral("INSERT INTO plan_sub_goal (plan_id, position, sub_goal, "
                                 "measure, service_id, responsible, schedule, started_on) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < plan.subGoals.size(); ++i) {
        const SubGoal &row = plan.subGoals.at(i);
        query.addBindValue(plan.id);
        query.addBindValue(int(i));
        query.addBindValue(sql::text(row.goal));
        query.addBindValue(sql::text(row.measure));
        query.addBindValue(row.serviceId > 0 ? QVariant(row.serviceId)
                                             : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(sql::text(row.responsible));
        query.addBindValue(sql::text(row.schedule));
        query.addBindValue(row.startedOn.isValid() ? QVariant(sql::fromDate(row.startedOn))
                                                   : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            return failed();
    }
    query.prepare(QStringLiteral("INSERT INTO plan_sub_goal_outcome (plan_id, position, outcome, "
                                 "note) VALUES (?, ?, ?, ?)"));
    for (const SubGoalOutcome &row : plan.outcomes) {
        query.addBindValue(plan.id);
        query.addBindValue(row.position);
        query.addBindValue(outcome::key(row.outcome));
        query.addBindValue(sql::text(row.note));
        if (!query.exec())
            return failed();
    }
    return true;
}

bool read(const QSqlDatabase &db, const QString &planIds, const QVariant &bind, QList<Plan> &plans,
          QSqlError *error)
{
    if (plans.isEmpty())
        return true;
    QHash<qint64, Plan *> byId;
    for (Plan &plan : plans)
        byId.insert(plan.id, &plan);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Each row of `table` in the order of the plan's rows, handed to `take` with its plan.
    const auto readTable = [&](const QString &columns, const QString &table,
                               const std::function<void(Plan &, const QSqlQuery &)> &take) {
        query.prepare(QStringLiteral("SELECT plan_id, %1 FROM %2 WHERE plan_id IN (%3) "
                                     "ORDER BY plan_id, position")
                          .arg(columns, table, planIds));
        query.addBindValue(bind);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        while (query.next()) {
            if (Plan *plan = byId.value(query.value(0).toLongLong()))
                take(*plan, query);
        }
        return true;
    };
    return readTable(
               QStringLiteral("name, organisation"), QStringLiteral("plan_participant"),
               [](Plan &plan, const QSqlQuery &row) {
                   plan.participants.append({row.value(1).toString(), row.value(2).toString()});
               }) &&
           readTable(
               QStringLiteral("sub_goal, measure, service_id, responsible, schedule, started_on"),
               QStringLiteral("plan_sub_goal"),
               [](Plan &plan, const QSqlQuery &row) {
                   plan.subGoals.append(
                       {row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong(),
                        row.value(4).toString(), row.value(5).toString(),
                        row.value(6).isNull() ? QDate() : sql::toDate(row.value(6))});
               }) &&
           readTable(QStringLiteral("position, outcome, note"),
                     QStringLiteral("plan_sub_goal_outcome"), [](Plan &plan, const QSqlQuery &row) {
                         plan.outcomes.append({row.value(1).toInt(),
                                               outcome::fromKey(row.value(2).toString()),
                                               row.value(3).toString()});
                     });
}

} // namespace kotoplan::planRows
