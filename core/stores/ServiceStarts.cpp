// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ServiceStarts.h"

#include "domain/DateText.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kotoplan {

ServiceStarts::ServiceStarts(QSqlDatabase db, AuditLog audit)
    : m_db(std::move(db))
    , m_audit(std::move(audit))
{}

StoreResult ServiceStarts::record(qint64 planId, const QList<ServiceStart> &starts, QDate today)
{
    Problems problems;
    for (const ServiceStart &start : starts) {
        if (start.now.isValid() && start.now > today)
            problems.append({QStringLiteral("subGoals"),
                             tr("Row %1: a service cannot have started after today (%2).")
                                 .arg(start.position + 1)
                                 .arg(dateText::formatDate(today))});
    }
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, problems.first().message, problems};

    const QString failed = tr("The start dates could not be saved.");
    QSqlQuery client(m_db);
    client.prepare(QStringLiteral("SELECT client_id FROM plan WHERE id = ?"));
    client.addBindValue(planId);
    if (!client.exec())
        return SqlFailure::result(client.lastError(), failed);
    if (!client.next())
        return {StoreResult::Status::NotFound, tr("The plan no longer exists."), {}};
    const qint64 clientId = client.value(0).toLongLong();
    client.finish();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), failed);
    QSqlQuery query(m_db);
    // Only where the date is still the one the officer saw: another desk's date stays.
    query.prepare(QStringLiteral("UPDATE plan_sub_goal SET started_on = ? WHERE plan_id = ? "
                                 "AND position = ? AND COALESCE(started_on, '') = ?"));
    int changed = 0;
    for (const ServiceStart &start : starts) {
        if (start.now == start.was)
            continue;
        query.addBindValue(start.now.isValid() ? QVariant(sql::fromDate(start.now))
                                               : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(planId);
        query.addBindValue(start.position);
        query.addBindValue(sql::fromDate(start.was));
        if (!query.exec())
            return SqlFailure::result(query.lastError(), failed);
        if (query.numRowsAffected() != 1)
            return {StoreResult::Status::Conflict,
                    tr("Another desk changed the start dates of this plan meanwhile. Nothing "
                       "was saved: the dates stored now are shown."),
                    {}};
        ++changed;
    }
    if (changed == 0)
        return {};
    if (!m_audit.append(AuditAction::Changed, clientId, planId, QStringLiteral("started_on")))
        return {StoreResult::Status::Failed, failed, {}};
    if (!transaction.commit())
        return SqlFailure::result(transaction.lastError(), failed);
    return {};
}

} // namespace kotoplan
