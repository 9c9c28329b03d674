// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "stores/AuditLog.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kotoplan {

// Starting a review of a client's plan, and what a review looks back on. A review starts only
// from a signed plan, and never beside a draft: there is one version in the making at a time.
class PlanReviews
{
    Q_DECLARE_TR_FUNCTIONS(PlanReviews)

public:
    explicit PlanReviews(QSqlDatabase db);
    // Writes the "created" audit line of the review it starts.
    PlanReviews(QSqlDatabase db, AuditLog audit);

    // True when the client has plans and every one of them is signed.
    bool canStart(qint64 clientId) const;
    // Creates the review draft through PlanStore::draftFor: a copy of the latest plan, marked a
    // review, with the first plan's date. Sets `review` to the stored draft on success.
    StoreResult start(qint64 clientId, QDate today, Plan *review);

    // The plan a review continues; none for a first plan.
    std::optional<Plan> previousPlan(const Plan &plan) const;
    // The sub-goals a review assesses: those of the plan it continues.
    QList<SubGoal> previousSubGoals(const Plan &plan) const;

private:
    QSqlDatabase m_db;
    std::optional<AuditLog> m_audit;
};

} // namespace kotoplan
