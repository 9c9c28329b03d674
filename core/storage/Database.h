// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// One open database: a named Qt SQL connection that lives as long as this object.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Status
    {
        Ok,
        CannotOpen,      // no such folder, no permission, …
        NotADatabase,    // the file is something else than a SQLite database
        NewerSchema,     // written by a newer Kotoplan: never touched
        Corrupt,         // quick_check found damage
        MigrationFailed, // an upgrade step failed and was rolled back
        Busy,            // another program holds the file locked for longer than we wait
        Unreachable,     // no PostgreSQL server answers at the address
        LoginRefused,    // the server refused the role or its password
        NotSetUp,        // the server's database has no Kotoplan tables the role may create
    };

    enum class Mode
    {
        ReadWrite, // read-only all the same when the file or its folder is not writable
        ReadOnly,
    };

    // When open() reads the whole file through (quick_check) and takes the day's first backup.
    // Both take seconds on a municipality's database, so the window defers them to
    // checkDeferred() on another thread; an upgrade is never deferred.
    enum class Checks
    {
        Now,
        Deferred,
    };

    struct OpenResult
    {
        Status status = Status::Ok;
        QString message; // in the user's language, names the file
        QString warning; // opened, but something the user should know (no daily backup)
        bool ok() const { return status == Status::Ok; }
        // The file itself is broken: a backup is the way back.
        bool offersBackup() const
        {
            return status == Status::NotADatabase || status == Status::Corrupt;
        }
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates (mode 0600) the SQLite file and brings its schema up to date; the first
    // open of a day keeps a backup copy. A file that is not a database, is damaged or comes
    // from a newer program is refused untouched. A file or folder that is not writable opens
    // read-only: then nothing is ever written.
    // A postgresql:// address (PostgresUrl) opens the shared database on that server instead:
    // its schema is created or upgraded when the role may, backups are the server's business.
    OpenResult open(const QString &path, Mode mode = Mode::ReadWrite, Checks checks = Checks::Now);
    // True when the last open() left its checks to checkDeferred().
    bool checksDeferred() const { return m_checksDeferred; }
    // The checks an open() with Checks::Deferred left: quick_check, then the day's first backup,
    // on a read-only connection of their own, so any thread may run them. The result reads as
    // open()'s would have (Corrupt, Busy), a failed backup as a warning.
    static OpenResult checkDeferred(const QString &path);
    // Closes the file; the connection's name stays, so copies of connection() work again after
    // the next open() (a restore replaces the file underneath an open window).
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; } // for the window's banner
    QSqlDatabase connection() const;
    // The file, or the server address without options for a shared database.
    QString path() const { return m_path; }
    bool isShared() const { return m_shared; } // on a PostgreSQL server
    int schemaVersion() const;
    QString quickCheck() const; // "ok" or SQLite's description of the damage

    // The newest schema this program writes, on SQLite or (shared) on PostgreSQL.
    static int latestSchemaVersion(bool shared = false);
    // The default database of the program: AppDataLocation/kotoplan.sqlite.
    static QString defaultPath();

private:
    OpenResult fail(Status status, const QString &message);
    OpenResult checkFile(const QString &shown);
    OpenResult openShared(const QString &location, Mode mode);
    OpenResult checkSharedSchema(int version);
    OpenResult migrate();
    static OpenResult checkIntegrity(const QSqlDatabase &db, const QString &shown);
    QSqlDatabase connectionFor(const QString &driver);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_checksDeferred = false;
    bool m_shared = false;
    QString m_readOnlyReason;
};

} // namespace kotoplan
