// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace kotoplan {

// What differs between the engines the stores run on; everything else is the same SQL.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(const QSqlDatabase &db);
    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::Sqlite; }

    // Appended to an INSERT into a table with an id column: PostgreSQL reports the new id only
    // through RETURNING (its driver's lastInsertId() is an OID that tables do not have).
    QString returningId() const;
    // The value for the id column of a new row in `table`. SQLite would give the highest id
    // plus one, which after an erasure is the erased one's, still named in the audit log's
    // `auditColumn`; so it is counted past both. PostgreSQL's sequence never reuses an id.
    QString newId(const QString &table, const QString &auditColumn) const;
    // The id of the row the INSERT (with returningId()) just made; 0 when there is none.
    qint64 insertedId(QSqlQuery &query) const;

    // Starts the outermost transaction. SQLite takes the write lock at once, so two writers wait
    // for each other; on PostgreSQL READ COMMITTED suffices: an UPDATE … WHERE row_version = ?
    // waits for a concurrent one and then re-checks the version against the committed row.
    QString beginStatement() const;

    // The folder of the embedded migrations for this engine, oldest first by name.
    QString migrationFolder() const;
    // The schema version the database records (PRAGMA user_version, or the kotoplan_schema
    // table on PostgreSQL); 0 for an empty database, -1 when it cannot be read.
    int schemaVersion() const;
    // The statement that records `version` at the end of a migration step.
    QString setSchemaVersionStatement(int version) const;

private:
    QSqlDatabase m_db;
    Engine m_engine;
};

} // namespace kotoplan
