// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/SigningCheck.h"

#include "fields/FieldLabels.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

namespace kotoplan {

SigningCheck::SigningCheck(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<SigningCheck::Missing> SigningCheck::missing(qint64 planId, QDate signedOn,
                                                   const QString &officer) const
{
    const Result<Plan> plan = PlanStore(m_db).load(planId);
    const Result<Client> client =
        plan ? ClientStore(m_db).load(plan->clientId) : Result<Client>::failureOf(plan);
    if (!plan || !client)
        return {{QString(), QString(), tr("The plan no longer exists.")}};
    if (plan->status == PlanStatus::Signed)
        return {{QStringLiteral("signedOn"), FieldLabels::label(QStringLiteral("signedOn")),
                 tr("The plan is already signed.")}};
    Problems problems;
    // What the paper needs before the client signs it: the form in its order.
    if (plan->mainGoal == MainGoal::None)
        problems.append({QStringLiteral("mainGoal"), tr("Choose the main goal.")});
    if (plan->subGoals.isEmpty())
        problems.append({QStringLiteral("subGoals"), tr("Agree on at least one sub-goal.")});
    if (!plan->rightsDiscussed)
        problems.append({QStringLiteral("rightsDiscussed"),
                         tr("Go through the client's rights and obligations, and tick the box.")});
    if (!plan->clientUnderstood)
        problems.append({QStringLiteral("clientUnderstood"),
                         tr("Make sure the client understands the plan, and tick the box.")});
    problems += PlanStore(m_db).signingProblems(*plan, *client, signedOn, officer);
    QList<Missing> result;
    for (const Problem &problem : std::as_const(problems))
        result.append({problem.field, FieldLabels::label(problem.field), problem.message});
    return result;
}

QString SigningCheck::describe(const QList<Missing> &missing)
{
    QStringList lines;
    for (const Missing &item : missing) {
        lines.append(item.label.isEmpty()
                         ? item.message
                         : QStringLiteral("• %1: %2").arg(item.label, item.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kotoplan
