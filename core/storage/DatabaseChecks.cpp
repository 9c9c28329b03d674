// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The checks of a database file: its header, SQLite's quick_check, and those an open() defers.
#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/SqlFailure.h"
#include "storage/SqliteHeader.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

QAtomicInt checkCounter;

} // namespace

Database::OpenResult Database::checkIntegrity(const QSqlDatabase &db, const QString &shown)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        if (SqlFailure::cause(query.lastError()) == SqlFailure::Cause::Busy)
            return {Status::Busy,
                    tr("%1 is locked by another program. Try again in a moment.").arg(shown),
                    {}};
        return {Status::Corrupt,
                tr("%1 is damaged: SQLite cannot read it. The file was not changed.").arg(shown),
                {}};
    }
    if (query.value(0).toString() != QLatin1String("ok"))
        return {Status::Corrupt,
                tr("%1 is damaged: part of its contents is unreadable. The file was not changed.")
                    .arg(shown),
                {}};
    return {};
}

Database::OpenResult Database::checkDeferred(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString name =
        QStringLiteral("kotoplan-check-%1").arg(checkCounter.fetchAndAddRelaxed(1));
    OpenResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = {Status::CannotOpen, tr("%1 cannot be opened.").arg(shown), {}};
        } else {
            result = checkIntegrity(db, shown);
            // A consistent copy (VACUUM INTO) needs no write access to the database.
            if (result.ok()) {
                const Backups::Result daily = Backups(path).writeDailyIfDue(db);
                if (!daily.ok)
                    result.warning = daily.message;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Database::OpenResult Database::checkFile(const QString &shown)
{
    const std::optional<SqliteHeader> header = SqliteHeader::read(m_path);
    if (!header)
        return fail(Status::CannotOpen, tr("%1 cannot be read: check its permissions.").arg(shown));
    if (!header->isSqlite)
        return fail(Status::NotADatabase,
                    tr("%1 is not a Kotoplan database: it does not start like one. It was left "
                       "unchanged.")
                        .arg(shown));
    if (int(header->userVersion) > latestSchemaVersion())
        return fail(Status::NewerSchema,
                    tr("%1 was written by a newer version of Kotoplan (database version %2; "
                       "this program knows up to %3). Update Kotoplan to open it. The file "
                       "was left unchanged.")
                        .arg(shown)
                        .arg(header->userVersion)
                        .arg(latestSchemaVersion()));
    // Pages still in the write-ahead log may legitimately be missing from the file itself.
    const qint64 size = QFileInfo(m_path).size();
    const bool pendingLog = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    const bool cut = header->pageSize < 512 || size % header->pageSize != 0 ||
                     (header->pageCount > 0 && size < header->pageCount * header->pageSize);
    if (cut && !pendingLog)
        return fail(Status::Corrupt, tr("%1 is damaged: the file is shorter than it should be, "
                                        "its end is missing. It was left unchanged.")
                                         .arg(shown));
    return {};
}

QString Database::quickCheck() const
{
    QSqlQuery query(connection());
    // A server checks its own pages; reading one row proves the connection and the schema.
    if (m_shared)
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM kotoplan_schema")) && query.next()
                   ? QStringLiteral("ok")
                   : QStringLiteral("unreadable");
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return query.lastError().text().isEmpty() ? QStringLiteral("unreadable")
                                                  : query.lastError().text();
    return query.value(0).toString();
}

} // namespace kotoplan
