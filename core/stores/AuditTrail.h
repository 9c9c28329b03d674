// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"

namespace kotoplan::auditTrail {

// The highest line id of the log; 0 when it is empty or cannot be read.
qint64 lastId(const QSqlDatabase &db);
// The lines written after `afterId`, oldest first, as stored.
QList<AuditEntry> linesAfter(const QSqlDatabase &db, qint64 afterId);
// Writes `lines` into `db` again with their ids, times and actors: a restore carries the trail
// written since its backup into the restored database. A line of an old version that named
// nobody is carried as "(not recorded)". Call inside a transaction.
bool carry(const QSqlDatabase &db, const QList<AuditEntry> &lines);
// The clients that `lines` record as erased, each once, in the order erased.
QList<qint64> erasedClients(const QList<AuditEntry> &lines);

} // namespace kotoplan::auditTrail
