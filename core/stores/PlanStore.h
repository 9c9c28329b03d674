// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "stores/AuditLog.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace kotoplan {

// One line of a plan listing: enough to find and open the plan, no content.
struct PlanSummary
{
    qint64 planId = 0;
    qint64 clientId = 0;
    QString clientName;
    QDate dateOfBirth;
    QDate draftedOn;
    PlanKind kind = PlanKind::First;
    PlanStatus status = PlanStatus::Draft;
    QDateTime nextMeeting;
    bool operator==(const PlanSummary &) const = default;
};

// Owns the SQL of plans. A plan with its participants and sub-goals saves in one transaction.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(QSqlDatabase db);
    // A store that writes an audit line (created, changed, signed) with every save it makes.
    PlanStore(QSqlDatabase db, AuditLog audit);

    // Inserts (id 0) or updates the plan. Refuses invalid values, stale copies and any change
    // to a signed plan; on success the id and row version of `plan` are brought up to date.
    StoreResult save(Plan &plan);
    // The plan with its rows; NotFound when there is none, Failed when it could not be read.
    Result<Plan> load(qint64 id) const;
    // Signs a draft: from then on the plan is a record that neither the store nor the database
    // lets change. Refuses a plan that is invalid, already signed, or a review whose sub-goal
    // outcomes are not all given.
    StoreResult sign(qint64 planId, QDate signedOn, const QString &officer);
    // Every reason sign() would refuse the draft, as it would see them: the window lists them
    // before it asks, and sign() checks with it.
    Problems signingProblems(Plan draft, const Client &client, QDate signedOn,
                             const QString &officer) const;
    // Discards a draft with its rows. A signed plan is never deleted (Status::Signed).
    StoreResult removeDraft(qint64 planId);
    // The client's plans, oldest first, with their rows: four queries whatever their number.
    Result<QList<Plan>> plansOf(qint64 clientId) const;
    // Every plan whose client matches the search text (name or date of birth), newest first.
    Result<QList<PlanSummary>> search(const QString &text) const;
    int count() const;

    // A new draft for the client: the first plan, or a review that starts as a copy of the
    // latest plan and carries the first plan's date.
    Result<Plan> draftFor(const Client &client, QDate today) const;

private:
    // The plans `where` picks ("id = ?", "client_id = ?", one value bound), oldest first.
    Result<QList<Plan>> readPlans(const QString &where, const QVariant &bind) const;
    Problems check(const Plan &plan, const Client &client) const;
    bool audit(AuditAction action, const Plan &plan) const;
    static StoreResult clientMissing(const Result<Client> &client);
    QSqlDatabase m_db;
    std::optional<AuditLog> m_audit;
};

} // namespace kotoplan
