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
    };

    struct OpenResult
    {
        Status status = Status::Ok;
        QString message; // in the user's language, names the file
        bool ok() const { return status == Status::Ok; }
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates (mode 0600) the SQLite file and brings its schema up to date.
    // A file that is not a database or comes from a newer program is refused untouched.
    OpenResult open(const QString &path);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString quickCheck() const; // "ok" or SQLite's description of the damage

    static int latestSchemaVersion();
    // The default database of the program: AppDataLocation/kotoplan.sqlite.
    static QString defaultPath();

private:
    OpenResult fail(Status status, const QString &message);
    OpenResult migrate();
    bool backupBeforeMigration(int fromVersion, QString *error);

    QString m_connectionName;
    QString m_path;
};

} // namespace kotoplan
