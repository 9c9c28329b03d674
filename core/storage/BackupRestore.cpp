// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A restore: the backup replaces the database, the trail written since goes on in it, and the
// clients that trail records as erased are erased again.
#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/FilePermissions.h"
#include "storage/Transaction.h"
#include "stores/AuditTrail.h"
#include "stores/BackupScrub.h"
#include "stores/ClientErasure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kotoplan {

namespace {

// Replaces `target` with a copy of `source`, whole or not at all.
bool copyOver(const QString &source, const QString &target)
{
    QFile in(source);
    QSaveFile out(target);
    bool copied = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
    while (copied && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        copied = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    if (!copied || !out.commit())
        return false;
    restrictToOwner(target);
    return true;
}

// A log left beside the file belongs to the old contents and must never be replayed onto the
// new ones.
void removeLog(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// The restored database's own part, in one transaction: the trail carried, each client it
// records as erased erased again with the erasure's own code, and the "restored" line. On
// false nothing of it was written.
bool completeRestore(const QSqlDatabase &db, const QList<AuditEntry> &trail,
                     const QString &backupName, const AuditActor &actor,
                     QList<ErasurePreview> *erasedAgain)
{
    Transaction transaction(db);
    if (!transaction.isActive() || !auditTrail::carry(db, trail))
        return false;
    ClientErasure erasure(db, AuditLog(db, actor));
    QStringList ids;
    for (const qint64 clientId : auditTrail::erasedClients(trail)) {
        const std::optional<ErasurePreview> held = erasure.preview(clientId);
        if (!held)
            continue;
        if (!erasure.eraseWithin(clientId, ClientErasure::Scope::IncludingSignedPlans).ok())
            return false;
        erasedAgain->append(*held);
        ids.append(QString::number(clientId));
    }
    QString detail = QStringLiteral("backup=%1 carried=%2").arg(backupName).arg(trail.size());
    if (!ids.isEmpty())
        detail += QStringLiteral(" erased-again=%1 clients=%2")
                      .arg(ids.size())
                      .arg(ids.join(QLatin1Char(',')));
    return AuditLog(db, actor).append(AuditAction::Restored, 0, 0, detail) && transaction.commit();
}

} // namespace

Backups::Result Backups::restore(Database &database, const QString &backupPath,
                                 const AuditActor &actor)
{
    const QString path = database.path();
    qint64 backupLastLine = 0;
    if (const QString refused = refusal(backupPath, &backupLastLine); !refused.isEmpty())
        return {false, path, refused};
    if (database.isReadOnly())
        return {false, path, tr("The database is read-only: it cannot be replaced.")};

    // The trail written since the backup goes on in the restored database.
    QList<AuditEntry> trail;
    if (database.isOpen())
        trail = auditTrail::linesAfter(database.connection(), backupLastLine);

    // The current database, put back when the restore cannot be completed.
    QString keptCopy;
    if (database.isOpen()) {
        const Result kept = write(database.connection(), QStringLiteral("before-restore"));
        if (!kept.ok)
            return {false, path,
                    tr("A copy of the current database could not be kept, so nothing was "
                       "changed.") +
                        QLatin1Char(' ') + kept.message};
        keptCopy = kept.path;
        database.close();
        // The last connection to close removes the write-ahead log: if it is still there,
        // another window holds the file open.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            database.open(path);
            return {false, path,
                    tr("The database is open in another Kotoplan window. Close it there and "
                       "restore again. Nothing was changed.")};
        }
    } else if (QFileInfo(path).size() > 0) {
        const Result kept = keepDamagedFile(path);
        if (!kept.ok)
            return {false, path, kept.message + QLatin1Char(' ') + tr("Nothing was changed.")};
    }

    removeLog(path);
    if (!copyOver(backupPath, path)) {
        database.open(path);
        return {false, path,
                tr("%1 could not be replaced: the folder is not writable or the disk is full. "
                   "Nothing was changed.")
                    .arg(QDir::toNativeSeparators(path))};
    }
    const Database::OpenResult reopened = database.open(path);
    if (!reopened.ok())
        return {false, path, reopened.message};
    QList<ErasurePreview> erasedAgain;
    if (!completeRestore(database.connection(), trail, QFileInfo(backupPath).fileName(), actor,
                         &erasedAgain)) {
        if (keptCopy.isEmpty())
            return {false, path,
                    tr("The backup was restored, but the audit lines written since it could not "
                       "be carried over.")};
        // Never a restored file without its trail or with erased clients back: the old one
        // returns.
        database.close();
        removeLog(path);
        const bool putBack = copyOver(keptCopy, path);
        database.open(path);
        return {false, path,
                putBack ? tr("The restore could not be completed: the audit lines written since "
                             "the backup could not be carried into it, or a client erased since "
                             "could not be erased again. The database is as it was before.")
                        : tr("The restore could not be completed, and the database could not be "
                             "put back. Restore the copy %1 to have it as it was.")
                              .arg(QDir::toNativeSeparators(keptCopy))};
    }
    if (erasedAgain.isEmpty())
        return {true, path, {}};
    // The erased rows leave the file's free pages and log, and every copy, as at an erasure.
    ClientErasure erasure(database.connection(), AuditLog(database.connection(), actor));
    QStringList parts{tr("%n client(s) erased since the backup was made were erased again.",
                         nullptr, int(erasedAgain.size()))};
    if (const QString compacted = erasure.compact(); !compacted.isEmpty())
        parts.append(compacted);
    for (const ErasurePreview &client : erasedAgain) {
        const QString copies =
            BackupScrub::run(path, client.clientId, client.clientName, client.dateOfBirth, actor)
                .message();
        if (!copies.isEmpty())
            parts.append(copies);
    }
    return {true, path, parts.join(QLatin1Char(' '))};
}

} // namespace kotoplan
