// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/PlanReviews.h"

#include "storage/Transaction.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QSqlQuery>

namespace kotoplan {

PlanReviews::PlanReviews(QSqlDatabase db)
    : m_db(std::move(db))
{}

PlanReviews::PlanReviews(QSqlDatabase db, AuditLog audit)
    : m_db(std::move(db))
    , m_audit(std::move(audit))
{}

bool PlanReviews::canStart(qint64 clientId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN status = 'draft' "
                                 "THEN 1 ELSE 0 END), 0) FROM plan WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return false;
    return query.value(0).toInt() > 0 && query.value(1).toInt() == 0;
}

StoreResult PlanReviews::start(qint64 clientId, QDate today, Plan *review)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    const Result<Client> client = ClientStore(m_db).load(clientId);
    if (!client)
        return StoreResult::failureOf(client);
    if (!canStart(clientId))
        return {StoreResult::Status::Invalid,
                tr("A review starts from a signed plan, and only when the client has no draft."),
                {}};
    PlanStore store = m_audit ? PlanStore(m_db, *m_audit) : PlanStore(m_db);
    Result<Plan> draft = store.draftFor(*client, today);
    if (!draft)
        return StoreResult::failureOf(draft);
    Plan plan = *draft;
    StoreResult result = store.save(plan);
    if (!result.ok())
        return result;
    if (!transaction.commit())
        return {StoreResult::Status::Failed, tr("The review could not be saved."), {}};
    if (review)
        *review = plan;
    return {};
}

std::optional<Plan> PlanReviews::previousPlan(const Plan &plan) const
{
    if (plan.kind != PlanKind::Review || plan.previousPlanId <= 0)
        return std::nullopt;
    const Result<Plan> previous = PlanStore(m_db).load(plan.previousPlanId);
    return previous ? std::optional<Plan>(*previous) : std::nullopt;
}

QList<SubGoal> PlanReviews::previousSubGoals(const Plan &plan) const
{
    const std::optional<Plan> previous = previousPlan(plan);
    return previous ? previous->subGoals : QList<SubGoal>();
}

} // namespace kotoplan
