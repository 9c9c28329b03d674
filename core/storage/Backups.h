// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kotoplan {

class Database;

// One backup copy, described from the copy itself.
struct BackupInfo
{
    QString path;
    QString kind; // daily, manual, before-v2, before-restore, damaged (a damaged file kept)
    QDateTime madeAt;
    qint64 size = 0;
    int schemaVersion = -1;
    int clients = -1; // -1: the copy cannot be read
    int plans = -1;
    bool readable() const { return clients >= 0 && plans >= 0; }
};

// The backups folder beside a database: consistent copies (VACUUM INTO) readable by the owner
// alone, the newest 7 of each kind kept (the copies before upgrades count as one kind, and so do
// the damaged files kept), and restore that never loses the file it replaces.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int keptPerKind = 7;

    struct Result
    {
        bool ok = true;
        QString path;    // the backup written, or the database restored
        QString message; // in the user's language when !ok; what a restore erased again
    };

    explicit Backups(const QString &databasePath);

    QString folder() const;
    // A copy of the open database, named <base>-<kind>-<yyyyMMdd-HHmmss>.sqlite after
    // Clock::now(); the oldest copies of that kind beyond keptPerKind are removed.
    Result write(const QSqlDatabase &db, const QString &kind);
    // A daily copy unless one was made today; an empty database needs none.
    Result writeDailyIfDue(const QSqlDatabase &db);
    // Every backup of this database and every damaged file kept, newest first, with the counts
    // read from each backup (a damaged file is never opened: it is not readable()).
    QList<BackupInfo> list() const;
    // The same from the names alone, nothing opened: kind, time and size.
    QList<BackupInfo> names() const;
    // The kind in words: "daily", "before the upgrade to version 5", "damaged file kept", …
    static QString kindText(const QString &kind);
    // How many copies of each kind are kept, in words ("2 daily, 1 damaged file kept"); "none".
    static QString summary(const QList<BackupInfo> &copies);
    // The kinds whose copies are counted together against keptPerKind.
    static QString rotationGroup(const QString &kind);
    std::optional<BackupInfo> latestReadable() const;
    static BackupInfo inspect(const QString &path);
    // "23.11.2026 12:00", for messages.
    static QString formatTime(const QDateTime &time);

    // Replaces the database file with the backup and reopens `database`. A copy of the current
    // file is kept in the backups folder first; a damaged file is kept byte for byte. Only a
    // Kotoplan database with every protecting trigger is restored from. The audit lines written
    // since the backup are carried into the restored database, followed by a "restored" line
    // in the name of `actor`; a client they record as erased is erased again, in the same
    // transaction, and from the copies. When that cannot be done the current database is put
    // back as it was.
    Result restore(Database &database, const QString &backupPath,
                   const AuditActor &actor = AuditActor::fromSettings());
    // Why the file may not be restored from (in the user's language); empty when it may.
    // `lastAuditId` receives the newest line of its audit log.
    static QString refusal(const QString &backupPath, qint64 *lastAuditId = nullptr);

private:
    Result keepDamagedFile(const QString &databasePath);
    QString targetPath(const QString &kind) const;
    void rotate(const QString &kind) const;
    QString m_databasePath;
};

} // namespace kotoplan
