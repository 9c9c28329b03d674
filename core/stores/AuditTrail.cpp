// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/AuditTrail.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace kotoplan::auditTrail {

namespace {
QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString named(const QString &value)
{
    return value.trimmed().isEmpty() ? QStringLiteral("(not recorded)") : value;
}
} // namespace

qint64 lastId(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<AuditEntry> linesAfter(const QSqlDatabase &db, qint64 afterId)
{
    QList<AuditEntry> lines;
    const QList<AuditEntry> newestFirst = AuditLog(db, {}).query();
    for (const AuditEntry &entry : newestFirst) {
        if (entry.id > afterId)
            lines.prepend(entry);
    }
    std::sort(lines.begin(), lines.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    return lines;
}

bool carry(const QSqlDatabase &db, const QList<AuditEntry> &lines)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (id, at, officer, os_user, action, "
                                 "client_id, plan_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditEntry &entry : lines) {
        query.addBindValue(entry.id);
        query.addBindValue(sql::timestamp(entry.at));
        query.addBindValue(named(entry.actor.officer));
        query.addBindValue(named(entry.actor.osUser));
        query.addBindValue(AuditLog::key(entry.action));
        query.addBindValue(optionalId(entry.clientId));
        query.addBindValue(optionalId(entry.planId));
        query.addBindValue(sql::text(entry.detail));
        if (!query.exec())
            return false;
    }
    return true;
}

QList<qint64> erasedClients(const QList<AuditEntry> &lines)
{
    QList<qint64> clients;
    for (const AuditEntry &entry : lines) {
        if (entry.action == AuditAction::Erased && entry.clientId > 0 &&
            !clients.contains(entry.clientId))
            clients.append(entry.clientId);
    }
    return clients;
}

} // namespace kotoplan::auditTrail
