// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/PlanStore.h"

#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/ClientStore.h"
#include "stores/DraftRows.h"
#include "stores/MeetingStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

// The plan's columns in one order, shared by the insert, the update and the select.
const QStringList planColumns = {
    QStringLiteral("client_id"),
    QStringLiteral("kind"),
    QStringLiteral("status"),
    QStringLiteral("previous_plan_id"),
    QStringLiteral("interpreter_present"),
    QStringLiteral("interpreter_language"),
    QStringLiteral("interpreting_mode"),
    QStringLiteral("drafted_on"),
    QStringLiteral("first_plan_date"),
    QStringLiteral("life_situation"),
    QStringLiteral("future_wish"),
    QStringLiteral("main_goal"),
    QStringLiteral("main_goal_text"),
    QStringLiteral("main_goal_details"),
    QStringLiteral("occupation_primary"),
    QStringLiteral("occupation_alternatives"),
    QStringLiteral("language_study_plan"),
    QStringLiteral("other_study_plan"),
    QStringLiteral("long_term_measures"),
    QStringLiteral("rights_discussed"),
    QStringLiteral("client_understood"),
    QStringLiteral("client_commitments"),
    QStringLiteral("municipality_commitments"),
    QStringLiteral("next_meeting_at"),
    QStringLiteral("next_meeting_place"),
    QStringLiteral("signed_on"),
    QStringLiteral("signed_by"),
};

QVariantList planValues(const Plan &plan)
{
    return {
        plan.clientId,
        planKindKey(plan.kind),
        planStatusKey(plan.status),
        plan.previousPlanId > 0 ? QVariant(plan.previousPlanId)
                                : QVariant(QMetaType::fromType<qint64>()),
        sql::text(yesNoKey(plan.interpreterPresent)),
        sql::text(plan.interpreterLanguage),
        sql::text(interpretingModeKey(plan.interpretingMode)),
        sql::fromDate(plan.draftedOn),
        sql::fromDate(plan.firstPlanDate),
        sql::text(plan.lifeSituation),
        sql::text(plan.futureWish),
        sql::text(mainGoal::key(plan.mainGoal)),
        sql::text(plan.mainGoalText),
        sql::text(plan.mainGoalDetails),
        sql::text(plan.occupationPrimary),
        sql::text(plan.occupationAlternatives),
        sql::text(plan.languageStudyPlan),
        sql::text(plan.otherStudyPlan),
        sql::text(plan.longTermMeasures),
        int(plan.rightsDiscussed),
        int(plan.clientUnderstood),
        sql::text(plan.clientCommitments),
        sql::text(plan.municipalityCommitments),
        sql::fromDateTime(plan.nextMeeting),
        sql::text(plan.nextMeetingPlace),
        sql::fromDate(plan.signedOn),
        sql::text(plan.signedBy),
    };
}

Plan planFrom(const QSqlQuery &query)
{
    // Column 0 is the id, the rest follow planColumns, the row version last.
    int i = 0;
    const auto next = [&query, &i] {
        return query.value(i++);
    };
    Plan plan;
    plan.id = next().toLongLong();
    plan.clientId = next().toLongLong();
    plan.kind = planKindFromKey(next().toString());
    plan.status = planStatusFromKey(next().toString());
    plan.previousPlanId = next().toLongLong();
    plan.interpreterPresent = yesNoFromKey(next().toString());
    plan.interpreterLanguage = next().toString();
    plan.interpretingMode = interpretingModeFromKey(next().toString());
    plan.draftedOn = sql::toDate(next());
    plan.firstPlanDate = sql::toDate(next());
    plan.lifeSituation = next().toString();
    plan.futureWish = next().toString();
    plan.mainGoal = mainGoal::fromKey(next().toString()).value_or(MainGoal::None);
    plan.mainGoalText = next().toString();
    plan.mainGoalDetails = next().toString();
    plan.occupationPrimary = next().toString();
    plan.occupationAlternatives = next().toString();
    plan.languageStudyPlan = next().toString();
    plan.otherStudyPlan = next().toString();
    plan.longTermMeasures = next().toString();
    plan.rightsDiscussed = next().toInt() != 0;
    plan.clientUnderstood = next().toInt() != 0;
    plan.clientCommitments = next().toString();
    plan.municipalityCommitments = next().toString();
    plan.nextMeeting = sql::toDateTime(next());
    plan.nextMeetingPlace = next().toString();
    plan.signedOn = sql::toDate(next());
    plan.signedBy = next().toString();
    plan.rowVersion = next().toInt();
    return plan;
}

QString selectPlans()
{
    return QStringLiteral("SELECT id, %1, row_version FROM plan ")
        .arg(planColumns.join(QStringLiteral(", ")));
}

} // namespace

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
    const std::optional<Client> client = ClientStore(m_db).load(plan.clientId);
    if (!client)
        return {StoreResult::Status::NotFound, tr("The plan's client does not exist."), {}};
    const Problems problems = check(plan, *client);
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The plan has errors."), problems};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), tr("The plan could not be saved."));

    const QString now = sql::timestamp(Clock::now());
    QSqlQuery query(m_db);
    // The rows of a signed plan cannot be written (the database refuses): the plan is written
    // as a draft first and signed once its rows are in.
    QVariantList values = planValues(plan);
    values[planColumns.indexOf(QStringLiteral("status"))] = planStatusKey(PlanStatus::Draft);
    if (plan.id == 0) {
        QStringList marks;
        for (qsizetype i = 0; i < planColumns.size() + 2; ++i)
            marks.append(QStringLiteral("?"));
        // Never the id of an erased plan: the audit log's lines still name it.
        query.prepare(
            // Never the id of an erased plan: the audit log's lines still name it.
            QStringLiteral("INSERT INTO plan (id, %1, created_at, updated_at, row_version) "
                           "VALUES (%3, %2, 1)")
                .arg(planColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                     SqlDialect(m_db).newId(QStringLiteral("plan"), QStringLiteral("plan_id"))) +
            SqlDialect(m_db).returningId());
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        QStringList assignments;
        for (const QString &column : planColumns)
            assignments.append(column + QStringLiteral(" = ?"));
        // Only a draft is ever updated: a signed plan is a record.
        query.prepare(QStringLiteral("UPDATE plan SET %1, updated_at = ?, "
                                     "row_version = row_version + 1 "
                                     "WHERE id = ? AND row_version = ? AND status = 'draft'")
                          .arg(assignments.join(QStringLiteral(", "))));
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(now);
        query.addBindValue(plan.id);
        query.addBindValue(plan.rowVersion);
    }
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The plan could not be saved."));

    Plan stored = plan;
    if (plan.id == 0) {
        stored.id = SqlDialect(m_db).insertedId(query);
        stored.rowVersion = 1;
    } else {
        if (query.numRowsAffected() != 1) {
            query.finish();
            const std::optional<Plan> current = load(plan.id);
            if (!current)
                return {StoreResult::Status::NotFound, tr("The plan no longer exists."), {}};
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
    if (!writeRows(stored, &error) || !MeetingStore(m_db).syncWithPlan(stored, &error))
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
    std::optional<Plan> plan = load(planId);
    if (!plan)
        return {StoreResult::Status::NotFound, tr("The plan no longer exists."), {}};
    if (plan->status == PlanStatus::Signed)
        return {StoreResult::Status::Signed, tr("The plan is already signed."), {}};
    const std::optional<Client> client = ClientStore(m_db).load(plan->clientId);
    if (!client)
        return {StoreResult::Status::NotFound, tr("The plan's client does not exist."), {}};
    plan->status = PlanStatus::Signed;
    plan->signedOn = signedOn;
    plan->signedBy = officer.trimmed();
    Problems problems = check(*plan, *client);
    if (plan->signedBy.isEmpty())
        problems.append({QStringLiteral("signedBy"), tr("Enter the name of the officer who "
                                                        "records the signing.")});
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The plan cannot be signed yet."), problems};

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE plan SET status = 'signed', signed_on = ?, signed_by = ?, "
                                 "updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND status = 'draft'"));
    query.addBindValue(sql::fromDate(plan->signedOn));
    query.addBindValue(plan->signedBy);
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(planId);
    if (!query.exec() || query.numRowsAffected() != 1 || !audit(AuditAction::Signed, *plan) ||
        !transaction.commit())
        return {StoreResult::Status::Failed, tr("The plan could not be signed."), {}};
    return {};
}

StoreResult PlanStore::removeDraft(qint64 planId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    const std::optional<Plan> plan = load(planId);
    if (!plan)
        return {StoreResult::Status::NotFound, tr("The plan no longer exists."), {}};
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

bool PlanStore::writeRows(const Plan &plan, QSqlError *error)
{
    QSqlQuery query(m_db);
    const auto failed = [&query, error] {
        *error = query.lastError();
        return false;
    };
    if (!draftRows::clear(m_db, plan.id, error))
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
                                 "measure, service_id, responsible, schedule) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
            return false;
    }
    return true;
}

std::optional<Plan> PlanStore::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectPlans() + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Plan plan = planFrom(query);
    query.finish();

    query.prepare(QStringLiteral(
        "SELECT name, organisation FROM plan_participant WHERE plan_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    while (query.next())
        plan.participants.append({query.value(0).toString(), query.value(1).toString()});

    query.prepare(QStringLiteral("SELECT sub_goal, measure, service_id, responsible, schedule "
                                 "FROM plan_sub_goal WHERE plan_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        plan.subGoals.append({query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toLongLong(), query.value(3).toString(),
                              query.value(4).toString()});
    }

    query.prepare(QStringLiteral("SELECT position, outcome, note FROM plan_sub_goal_outcome "
                                 "WHERE plan_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        plan.outcomes.append({query.value(0).toInt(), outcome::fromKey(query.value(1).toString()),
                              query.value(2).toString()});
    }
    return plan;
}

QList<Plan> PlanStore::plansOf(qint64 clientId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id FROM plan WHERE client_id = ? ORDER BY drafted_on, id"));
    query.addBindValue(clientId);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<Plan> plans;
    for (const qint64 id : ids) {
        if (std::optional<Plan> plan = load(id))
            plans.append(*plan);
    }
    return plans;
}

QList<PlanSummary> PlanStore::search(const QString &text) const
{
    const SearchTerms terms = SearchTerms::parse(text);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT p.id, c.id, c.name, c.date_of_birth, p.drafted_on, p.kind, p.status, "
                      "p.next_meeting_at FROM plan p JOIN client c ON c.id = p.client_id "
                      "WHERE %1 ORDER BY p.drafted_on DESC, p.id DESC")
                      .arg(SearchTerms::condition(QStringLiteral("c"))));
    query.addBindValue(terms.namePattern());
    query.addBindValue(terms.birthPattern());
    QList<PlanSummary> plans;
    if (!query.exec())
        return plans;
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

Plan PlanStore::draftFor(const Client &client, QDate today) const
{
    const QList<Plan> history = plansOf(client.id);
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
