// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/AuditLog.h"

#include "domain/Clock.h"
#include "settings/OfficerSettings.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace kotoplan {

namespace {
QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

AuditActor AuditActor::fromEnvironment(const QString &officer)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return {officer, user};
}

AuditActor AuditActor::fromSettings()
{
    return fromEnvironment(officer::name());
}

AuditLog::AuditLog(QSqlDatabase db, AuditActor actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
    // On a shared server the login is the actor (the server writes it into every line, whatever
    // the settings say or the role the session has set): each officer logs in as their own role.
    if (!SqlDialect(m_db).isSqlite()) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            m_actor.officer = query.value(0).toString();
    }
}

bool AuditLog::append(AuditAction action, qint64 clientId, qint64 planId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, officer, os_user, action, client_id, "
                                 "plan_id) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(sql::text(m_actor.officer));
    query.addBindValue(sql::text(m_actor.osUser));
    query.addBindValue(key(action));
    query.addBindValue(optionalId(clientId));
    query.addBindValue(optionalId(planId));
    return query.exec();
}

QList<AuditEntry> AuditLog::query(const AuditFilter &filter) const
{
    // The stored times are UTC; the filter's dates are the officer's local days.
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND at >= ?");
        values.append(sql::timestamp(filter.from.startOfDay()));
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND at < ?");
        values.append(sql::timestamp(filter.to.addDays(1).startOfDay()));
    }
    if (filter.action) {
        where += QStringLiteral(" AND action = ?");
        values.append(key(*filter.action));
    }
    if (filter.clientId > 0) {
        where += QStringLiteral(" AND client_id = ?");
        values.append(filter.clientId);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, officer, os_user, action, client_id, plan_id "
                                 "FROM audit_log %1 ORDER BY at DESC, id DESC")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<AuditEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = {query.value(2).toString(), query.value(3).toString()};
        entry.action = fromKey(query.value(4).toString()).value_or(AuditAction::Viewed);
        entry.clientId = query.value(5).toLongLong();
        entry.planId = query.value(6).toLongLong();
        entries.append(entry);
    }
    return entries;
}

QList<AuditAction> AuditLog::actions()
{
    return {AuditAction::Viewed,   AuditAction::Created, AuditAction::Changed,
            AuditAction::Signed,   AuditAction::Printed, AuditAction::Exported,
            AuditAction::Imported, AuditAction::Erased};
}

QString AuditLog::key(AuditAction action)
{
    switch (action) {
    case AuditAction::Viewed:
        return QStringLiteral("viewed");
    case AuditAction::Created:
        return QStringLiteral("created");
    case AuditAction::Changed:
        return QStringLiteral("changed");
    case AuditAction::Signed:
        return QStringLiteral("signed");
    case AuditAction::Printed:
        return QStringLiteral("printed");
    case AuditAction::Exported:
        return QStringLiteral("exported");
    case AuditAction::Imported:
        return QStringLiteral("imported");
    case AuditAction::Erased:
        return QStringLiteral("erased");
    }
    return {};
}

std::optional<AuditAction> AuditLog::fromKey(const QString &text)
{
    for (const AuditAction action : actions()) {
        if (key(action) == text)
            return action;
    }
    return std::nullopt;
}

QString AuditLog::label(AuditAction action)
{
    switch (action) {
    case AuditAction::Viewed:
        return tr("Viewed");
    case AuditAction::Created:
        return tr("Created");
    case AuditAction::Changed:
        return tr("Changed");
    case AuditAction::Signed:
        return tr("Signed");
    case AuditAction::Printed:
        return tr("Printed");
    case AuditAction::Exported:
        return tr("Exported");
    case AuditAction::Imported:
        return tr("Imported");
    case AuditAction::Erased:
        return tr("Erased");
    }
    return {};
}

} // namespace kotoplan
