// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqlDialect.h"

#include <QVariant>

namespace kotoplan {

SqlDialect::SqlDialect(const QSqlDatabase &db)
    : m_db(db)
    , m_engine(db.driverName() == QLatin1String("QPSQL") ? Engine::PostgreSql : Engine::Sqlite)
{}

QString SqlDialect::returningId() const
{
    return isSqlite() ? QString() : QStringLiteral(" RETURNING id");
}

QString SqlDialect::newId(const QString &table, const QString &auditColumn) const
{
    if (!isSqlite())
        return QStringLiteral("DEFAULT");
    // Table and column names are the stores' own constants, never user text.
    return QStringLiteral("(SELECT COALESCE(MAX(m), 0) + 1 FROM (SELECT MAX(id) AS m FROM %1 "
                          "UNION ALL SELECT MAX(%2) FROM audit_log) AS ids)")
        .arg(table, auditColumn);
}

qint64 SqlDialect::insertedId(QSqlQuery &query) const
{
    if (isSqlite())
        return query.lastInsertId().toLongLong();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString SqlDialect::beginStatement() const
{
    return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE")
                      : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString SqlDialect::migrationFolder() const
{
    return isSqlite() ? QStringLiteral(":/kotoplan/migrations")
                      : QStringLiteral(":/kotoplan/migrations/postgresql");
}

int SqlDialect::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (isSqlite()) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    // to_regclass is NULL, not an error, when the table does not exist yet.
    if (!query.exec(QStringLiteral("SELECT to_regclass('kotoplan_schema') IS NOT NULL")) ||
        !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM kotoplan_schema")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString SqlDialect::setSchemaVersionStatement(int version) const
{
    // The number comes from the program's own list of migrations, never from outside.
    return isSqlite() ? QStringLiteral("PRAGMA user_version = %1").arg(version)
                      : QStringLiteral("INSERT INTO kotoplan_schema (version, applied_at) "
                                       "VALUES (%1, CURRENT_TIMESTAMP)")
                            .arg(version);
}

} // namespace kotoplan
