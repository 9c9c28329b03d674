// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace kotoplan {

// The day one sub-goal's service began, as the officer found it (`was`) and as they set it.
struct ServiceStart
{
    int position = 0; // the sub-goal's row, from 0
    QDate was;        // null when none was recorded
    QDate now;        // null to clear a date recorded by mistake
};

// Records when the services of a plan began. Services start after the plan is signed, so this is
// the one change a signed plan takes (the database's triggers let started_on alone through).
// Every date is written or none, with one audit line; a date another desk recorded meanwhile is
// never overwritten.
class ServiceStarts
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStarts)

public:
    ServiceStarts(QSqlDatabase db, AuditLog audit);

    // Refuses a day after `today` (Invalid, naming the sub-goal's row) and a date that differs
    // from `was` in the database (Conflict): nothing is written then.
    StoreResult record(qint64 planId, const QList<ServiceStart> &starts, QDate today);

private:
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace kotoplan
