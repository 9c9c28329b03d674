// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/PlanStore.h"

#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "fields/PlanFields.h"
#include "storage/ClientSearch.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/ClientStore.h"
#include "stores/DraftRows.h"
#include "stores/FieldColumns.h"
#include "stores/MeetingStore.h"
#include "stores/PlanRows.h"
#include "stores/SignedClient.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

// The plan's columns in the order of the field table, the client's id first; shared by the
// insert, the update and the select.
const QList<FieldSpec<Plan>> &planFields()
{
    return PlanFields::rules();
}

QStringList planColumns()
{
    return QStringList{QStringLiteral("client_id")} + fieldColumns::columns(planFields());
}

QVariantList planValues(const Plan &plan)
{
    return QVariantList{plan.clientId} + fieldColumns::values(planFields(), plan);
}

Plan planFrom(const QSqlQuery &query)
{
    // Column 0 is the id, then the client's, the rest follow planColumns, the row version last.
    Plan plan;
    plan.id = query.value(0).toLongLong();
    plan.clientId = query.value(1).toLongLong();
    const int last = fieldColumns::read(planFields(), plan, query, 2);
    plan.rowVersion = query.value(last).toInt();
    return plan;
}

QString selectPlans()
{
    return QStringLiteral("SELECT id, %1, row_version FROM plan ")
        .arg(planColumns().join(QStringLiteral(", ")));
}

} // namespace

// The plan's client could not be read: gone, or the database refused.
StoreResult PlanStore::clientMissing(const Result<Client> &client)
{
    return client.status == StoreResult::Status::NotFound
               ? StoreResult{StoreResult::Status::NotFound, tr("The plan's client does not exist.")}
               : StoreResult::failureOf(client);
}

PlanStore::PlanStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

PlanStore::PlanStore(QSqlDatabase db, AuditLog audit)
    : m_db(std::move(db))
    , m_audit(std::move(audit))
{}

Problems PlanStore::check(const Plan &plan, const Client &client) const
{
    Problems problems = Validation::check(plan, client, Clock::today());
    qsizetype previousSubGoals = 0;
    if (plan.previousPlanId > 0) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM plan_sub_goal WHERE plan_id = ?"));
        query.addBindValue(plan.previousPlanId);
        if (query.exec() && query.next())
            previousSubGoals = query.value(0).toLongLong();
    }
    problems += outcome::check(plan.outcomes, previousSubGoals, plan.kind == PlanKind::Review,
                               plan.status == PlanStatus::Signed);
    return problems;
}

bool PlanStore::audit(AuditAction action, const Plan &plan) const
{
    return !m_audit || m_audit->append(action, plan.clientId, plan.id);
}

StoreResult PlanStore::save(Plan &plan)
{
    const Result<Client> client = ClientStore(m_db).load(plan.clientId);
    if (!client)
        return clientMissing(client);
    const Problems problems = check(plan, *client);
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The plan has errors."), problems};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), tr("The plan could not be saved."));

    QSqlQuery query(m_db);
    // The rows of a signed plan cannot be written (the database refuses): the plan is written
    // as a draft first and signed once its rows are in.
    const QStringList columns = planColumns();
    QVariantList values = planValues(plan);
    values[columns.indexOf(QStringLiteral("status"))] = planStatusKey(PlanStatus::Draft);
    // Only a draft is ever updated: a signed plan is a record.
    fieldColumns::prepareSave(query, m_db, QStringLiteral("plan"), columns, values, plan.id,
                              plan.rowVersion, QStringLiteral(" AND status = 'draft'"));
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The plan could not be saved."));

    Plan stored = plan;
    if (plan.id == 0) {
        stored.id = SqlDialect(m_db).insertedId(query);
        stored.rowVersion = 1;
    } else {
        if (query.numRowsAffected() != 1) {
            query.finish();
            const Result<Plan> current = load(plan.id);
            if (!current)
                return StoreResult::failureOf(current);
            if (current->status == PlanStatus::Signed)
                return {StoreResult::Status::Signed,
                        tr("The plan is signed and cannot be changed. Start a review instead."),
                        {}};
            return {StoreResult::Status::Conflict,
                    tr("Someone else changed this plan in the meantime."),
                    {}};
        }
        stored.rowVersion = plan.rowVersion + 1;
    }
    query.finish();
    QSqlError error;
    if (!planRows::write(m_db, stored, &error) || !MeetingStore(m_db).syncWithPlan(stored, &error))
        return SqlFailure::result(error, tr("The plan could not be saved."));
    if (stored.status == PlanStatus::Signed) {
        query.prepare(QStringLiteral("UPDATE plan SET status = 'signed' WHERE id = ?"));
        query.addBindValue(stored.id);
        if (!query.exec())
            return SqlFailure::result(query.lastError(), tr("The plan could not be saved."));
    }
    if (!audit(plan.id == 0 ? AuditAction::Created : AuditAction::Changed, stored) ||
        (stored.status == PlanStatus::Signed && !audit(AuditAction::Signed, stored)))
        return {StoreResult::Status::Failed, tr("The plan could not be saved."), {}};
    if (!transaction.commit())
        return SqlFailure::result(transaction.lastError(), tr("The plan could not be saved."));
    plan = stored;
    return {};
}

StoreResult PlanStore::sign(qint64 planId, QDate signedOn, const QString &officer)
{
    // Read inside the write transaction, so nobody changes the plan between the check and
    // the signing.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    Result<Plan> plan = load(planId);
    if (!plan)
        return StoreResult::failureOf(plan);
    if (plan->status == PlanStatus::Signed)
        return {StoreResult::Status::Signed, tr("The plan is already signed."), {}};
    const Result<Client> client = ClientStore(m_db).load(plan->clientId);
    if (!client)
        return clientMissing(client);
    const Problems problems = signingProblems(*plan, *client, signedOn, officer);
    plan->status = PlanStatus::Signed;
    plan->signedOn = signedOn;
    plan->signedBy = officer.trimmed();
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The plan cannot be signed yet."), problems};

    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE plan SET status = 'signed', signed_on = ?, signed_by = ?, "
                       "signed_client = ?, updated_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND status = 'draft'"));
    query.addBindValue(sql::fromDate(plan->signedOn));
    query.addBindValue(plan->signedBy);
    query.addBindValue(signedClient::snapshot(*client, *plan));
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(planId);
    if (!query.exec() || query.numRowsAffected() != 1 || !audit(AuditAction::Signed, *plan) ||
        !transaction.commit())
        return {StoreResult::Status::Failed, tr("The plan could not be signed."), {}};
    return {};
}

Problems PlanStore::signingProblems(Plan draft, const Client &client, QDate signedOn,
                                    const QString &officer) const
{
    draft.status = PlanStatus::Signed;
    draft.signedOn = signedOn;
    draft.signedBy = officer.trimmed();
    Problems problems = check(draft, client);
    if (draft.signedBy.isEmpty())
        problems.append({QStringLiteral("signedBy"), tr("Enter the name of the officer who "
                                                        "records the signing.")});
    return problems;
}

StoreResult PlanStore::removeDraft(qint64 planId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    const Result<Plan> plan = load(planId);
    if (!plan)
        return StoreResult::failureOf(plan);
    if (plan->status == PlanStatus::Signed)
        return {StoreResult::Status::Signed,
                tr("The plan is signed and cannot be deleted. Start a review instead."),
                {}};
    if (!MeetingStore(m_db).dropWithDraft(*plan))
        return {StoreResult::Status::Failed, tr("The plan could not be deleted."), {}};
    if (draftRows::removeDraft(m_db, planId) != 1 || !audit(AuditAction::Erased, *plan) ||
        !transaction.commit())
        return {StoreResult::Status::Failed, tr("The plan could not be deleted."), {}};
    return {};
}

Result<QList<Plan>> PlanStore::readPlans(const QString &where, const QVariant &bind) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectPlans() + QStringLiteral("WHERE %1 ORDER BY drafted_on, id").arg(where));
    query.addBindValue(bind);
    if (!query.exec())
        return Result<QList<Plan>>::failureOf(
            SqlFailure::result(query.lastError(), tr("The plans could not be read.")));
    QList<Plan> plans;
    while (query.next())
        plans.append(planFrom(query));
    query.finish();
    // The rows of every plan read: three queries whatever their number.
    QSqlError error;
    if (!planRows::read(m_db, QStringLiteral("SELECT id FROM plan WHERE %1").arg(where), bind,
                        plans, &error))
        return Result<QList<Plan>>::failureOf(
            SqlFailure::result(error, tr("The plans could not be read.")));
    return plans;
}

Result<Plan> PlanStore::load(qint64 id) const
{
    const Result<QList<Plan>> plans = readPlans(QStringLiteral("id = ?"), id);
    if (!plans)
        return Result<Plan>::failureOf(plans);
    if (plans->isEmpty())
        return {Result<Plan>::Status::NotFound, tr("The plan no longer exists.")};
    return plans->constFirst();
}

Result<QList<Plan>> PlanStore::plansOf(qint64 clientId) const
{
    return readPlans(QStringLiteral("client_id = ?"), clientId);
}

Result<QList<PlanSummary>> PlanStore::search(const QString &text) const
{
    const SqlCondition found =
        clientSearchCondition(SearchTerms::parse(text), QStringLiteral("c"), SqlDialect(m_db));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT p.id, c.id, c.name, c.date_of_birth, p.drafted_on, p.kind, p.status, "
                      "p.next_meeting_at FROM plan p JOIN client c ON c.id = p.client_id "
                      "WHERE %1 ORDER BY p.drafted_on DESC, p.id DESC")
                      .arg(found.sql));
    for (const QVariant &value : found.bindings)
        query.addBindValue(value);
    QList<PlanSummary> plans;
    if (!query.exec())
        return Result<QList<PlanSummary>>::failureOf(
            SqlFailure::result(query.lastError(), tr("The search could not be run.")));
    while (query.next()) {
        plans.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toString(), sql::toDate(query.value(3)),
                      sql::toDate(query.value(4)), planKindFromKey(query.value(5).toString()),
                      planStatusFromKey(query.value(6).toString()),
                      sql::toDateTime(query.value(7))});
    }
    return plans;
}

int PlanStore::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM plan")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<Plan> PlanStore::draftFor(const Client &client, QDate today) const
{
    const Result<QList<Plan>> read = plansOf(client.id);
    if (!read)
        return Result<Plan>::failureOf(read);
    const QList<Plan> &history = *read;
    Plan plan;
    if (!history.isEmpty()) {
        // A review starts as a copy of the plan before it.
        plan = history.last();
        plan.kind = PlanKind::Review;
        plan.previousPlanId = history.last().id;
        plan.firstPlanDate = history.first().draftedOn;
        plan.status = PlanStatus::Draft;
        plan.signedOn = QDate();
        plan.signedBy.clear();
        plan.nextMeeting = QDateTime();
        plan.rightsDiscussed = false;
        plan.clientUnderstood = false;
        // Every sub-goal of the plan before waits for its outcome.
        plan.outcomes.clear();
        for (int i = 0; i < int(history.last().subGoals.size()); ++i)
            plan.outcomes.append({i, Outcome::Unset, {}});
    }
    plan.id = 0;
    plan.rowVersion = 0;
    plan.clientId = client.id;
    plan.draftedOn = today;
    return plan;
}

} // namespace kotoplan
