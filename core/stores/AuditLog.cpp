// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/AuditLog.h"

#include "domain/Clock.h"
#include "settings/OfficerSettings.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace kotoplan {

namespace {
QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

QString AuditActor::systemAccount()
{
#ifdef Q_OS_UNIX
    // The environment's USER may be missing or say anything; the user database does not.
    const uid_t uid = ::geteuid();
    if (const passwd *entry = ::getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid %1").arg(uid);
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

AuditActor AuditActor::fromEnvironment(const QString &officer)
{
    const QString account = systemAccount();
    const QString named = officer.trimmed();
    return {named.isEmpty() ? account : named, account};
}

AuditActor AuditActor::fromSettings()
{
    return fromEnvironment(officer::name());
}

AuditLog::AuditLog(QSqlDatabase db, AuditActor actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{
    // A line always names a person (the schema refuses one that does not): what the caller
    // left out is the account the program runs as.
    if (m_actor.osUser.trimmed().isEmpty())
        m_actor.osUser = AuditActor::systemAccount();
    if (m_actor.officer.trimmed().isEmpty())
        m_actor.officer = m_actor.osUser;
    // On a shared server the login is the actor (the server writes it into every line, whatever
    // the settings say or the role the session has set): each officer logs in as their own role.
    if (!SqlDialect(m_db).isSqlite()) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            m_actor.officer = query.value(0).toString();
    }
}

bool AuditLog::append(AuditAction action, qint64 clientId, qint64 planId,
                      const QString &detail) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, officer, os_user, action, client_id, "
                                 "plan_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(sql::text(m_actor.officer));
    query.addBindValue(sql::text(m_actor.osUser));
    query.addBindValue(key(action));
    query.addBindValue(optionalId(clientId));
    query.addBindValue(optionalId(planId));
    query.addBindValue(sql::text(detail));
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
    query.prepare(
        QStringLiteral("SELECT id, at, officer, os_user, action, client_id, plan_id, detail "
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
        entry.detail = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

QList<AuditAction> AuditLog::actions()
{
    return {AuditAction::Viewed,   AuditAction::Created, AuditAction::Changed,
            AuditAction::Signed,   AuditAction::Printed, AuditAction::Exported,
            AuditAction::Imported, AuditAction::Erased,  AuditAction::Restored};
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
    case AuditAction::Restored:
        return QStringLiteral("restored");
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
    case AuditAction::Restored:
        return tr("Restored");
    }
    return {};
}

} // namespace kotoplan
