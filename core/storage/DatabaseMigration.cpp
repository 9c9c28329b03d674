// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Bringing a database's schema up to date: the numbered migrations, each in one transaction.
#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/SqlDialect.h"
#include "storage/SqlScript.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace kotoplan {

namespace {

// The migrations embedded in the core library, oldest first; a file's number is its version.
QStringList migrationFiles(const QString &folder)
{
    QDir dir(folder);
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

} // namespace

int Database::latestSchemaVersion(bool shared)
{
    return int(migrationFiles(shared ? QStringLiteral(":/kotoplan/migrations/postgresql")
                                     : QStringLiteral(":/kotoplan/migrations"))
                   .size());
}

Database::OpenResult Database::migrate()
{
    const QString shown = m_shared ? m_path : QDir::toNativeSeparators(m_path);
    const SqlDialect dialect(connection());
    const QStringList files = migrationFiles(dialect.migrationFolder());
    int version = schemaVersion();
    if (version < 0)
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(shown));

    // One backup of an existing database before its first upgrade step; a new file has
    // nothing to back up, however many steps it runs through.
    const int openedAt = version;
    for (; version < files.size(); ++version) {
        if (!m_shared && openedAt > 0 && version == openedAt) {
            const Backups::Result backup =
                Backups(m_path).write(connection(), QStringLiteral("before-v%1").arg(version + 1));
            if (!backup.ok)
                return fail(Status::MigrationFailed, backup.message);
        }

        QFile file(files.at(version));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Status::MigrationFailed,
                        tr("The program's upgrade step %1 is missing.").arg(version + 1));
        Transaction transaction(connection());
        bool ok = transaction.isActive();
        QSqlQuery query(connection());
        if (ok && m_shared) {
            // Two desks opening a new database at once: the second waits for the first's step
            // and then finds it done.
            ok = query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(20261123)"));
            const int current = ok ? schemaVersion() : -1;
            if (current > version) {
                query.finish();
                if (!transaction.commit())
                    return fail(Status::MigrationFailed, tr("%1 cannot be read.").arg(shown));
                version = current - 1;
                continue;
            }
        }
        for (const QString &statement : splitSqlScript(QString::fromUtf8(file.readAll()))) {
            if (!ok)
                break;
            ok = query.exec(statement);
        }
        ok = ok && query.exec(dialect.setSchemaVersionStatement(version + 1));
        query.finish();
        if (!ok || !transaction.commit())
            return fail(Status::MigrationFailed,
                        tr("%1 could not be upgraded to database version %2. Nothing was "
                           "changed.")
                            .arg(shown)
                            .arg(version + 1));
    }
    return {};
}

} // namespace kotoplan
