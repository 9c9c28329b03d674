// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/BackupScrub.h"

#include "storage/Backups.h"
#include "storage/SqlValues.h"
#include "stores/ClientErasure.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace kotoplan {

namespace {

QAtomicInt scrubCounter;

enum class CopyOutcome
{
    Untouched, // the copy does not hold the client
    Rewritten,
    Unusable, // cannot be read or rewritten: it goes
};

CopyOutcome scrub(const QString &path, qint64 clientId, const QString &name, QDate dateOfBirth,
                  const AuditActor &actor)
{
    const QString connection =
        QStringLiteral("kotoplan-scrub-%1").arg(scrubCounter.fetchAndAddRelaxed(1));
    CopyOutcome outcome = CopyOutcome::Unusable;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            // Only a whole copy with the erasure's schema can lose one client and keep the rest.
            const bool sound = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                               query.value(0).toString() == QLatin1String("ok");
            const bool erasable =
                sound &&
                query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = "
                                          "'table' AND name = 'erasure_in_progress'")) &&
                query.next();
            bool holds = true; // a copy that cannot be read may hold anyone
            if (sound) {
                query.prepare(
                    QStringLiteral("SELECT name, date_of_birth FROM client WHERE id = ?"));
                query.addBindValue(clientId);
                holds = !query.exec() || (query.next() && query.value(0).toString() == name &&
                                          sql::toDate(query.value(1)) == dateOfBirth);
            }
            query.finish();
            if (!holds) {
                outcome = CopyOutcome::Untouched;
            } else if (erasable) {
                const StoreResult erased =
                    ClientErasure(db, AuditLog(db, actor))
                        .erase(clientId, ClientErasure::Scope::IncludingSignedPlans);
                // A copy that could not be compacted may keep the text in free pages.
                outcome = erased.ok() && erased.message.isEmpty() ? CopyOutcome::Rewritten
                                                                  : CopyOutcome::Unusable;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

} // namespace

QString BackupScrub::Result::message() const
{
    QStringList parts;
    if (rewritten > 0)
        parts.append(
            tr("%n backup copy(ies) were rewritten without the client.", nullptr, rewritten));
    if (removed > 0)
        parts.append(tr("%n copy(ies) that could not be rewritten (an older version's, a damaged "
                        "one) were deleted.",
                        nullptr, removed));
    if (!failed.isEmpty())
        parts.append(tr("These copies still hold the client and could not be deleted; delete "
                        "them by hand: %1")
                         .arg(failed.join(QStringLiteral(", "))));
    return parts.join(QLatin1Char(' '));
}

BackupScrub::Result BackupScrub::run(const QString &databasePath, qint64 clientId,
                                     const QString &name, QDate dateOfBirth,
                                     const AuditActor &actor)
{
    Result result;
    const Backups backups(databasePath);
    const QDir folder(backups.folder());
    const QString base = QFileInfo(databasePath).completeBaseName();
    // Every copy of this database: the backups of each kind and the damaged files kept, with
    // their logs, and any copy a crash left half-written.
    const QStringList names =
        folder.entryList({base + QStringLiteral("-*")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &fileName : names) {
        const QString path = folder.filePath(fileName);
        if (fileName.endsWith(QLatin1String(".sqlite"))) {
            const CopyOutcome outcome = scrub(path, clientId, name, dateOfBirth, actor);
            if (outcome == CopyOutcome::Rewritten)
                ++result.rewritten;
            if (outcome != CopyOutcome::Unusable)
                continue;
        }
        // A damaged copy, its log, a partial copy, an old schema: they cannot lose one client.
        if (QFile::remove(path))
            ++result.removed;
        else
            result.failed.append(QDir::toNativeSeparators(path));
    }
    return result;
}

} // namespace kotoplan
