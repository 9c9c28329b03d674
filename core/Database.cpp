// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Database.h"

#include "Clock.h"
#include "FilePermissions.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

namespace kotoplan {

namespace {

QAtomicInt connectionCounter;

// The migrations embedded in the core library, oldest first; a file's number is its version.
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/kotoplan/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

struct Header
{
    bool isSqlite = false;
    quint32 userVersion = 0;
};

// Reads the SQLite header straight from the file, so a foreign or newer file is judged
// without SQLite ever opening it for writing.
std::optional<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.read(100);
    Header header;
    static const QByteArray magic("SQLite format 3\0", 16);
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(magic);
    if (header.isSqlite)
        header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    return header;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("kotoplan-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kotoplan.sqlite");
}

Database::OpenResult Database::fail(Status status, const QString &message)
{
    close();
    return {status, message};
}

Database::OpenResult Database::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);

    QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(Status::CannotOpen, tr("%1 is not a file.").arg(shown));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Status::CannotOpen, tr("The folder for %1 cannot be created.").arg(shown));
        if (!createPrivateFile(m_path))
            return fail(Status::CannotOpen, tr("%1 cannot be created: the folder is not "
                                               "writable or the disk is full.")
                                                .arg(shown));
    } else if (info.size() > 0) {
        const std::optional<Header> header = readHeader(m_path);
        if (!header)
            return fail(Status::CannotOpen,
                        tr("%1 cannot be read: check its permissions.").arg(shown));
        if (!header->isSqlite)
            return fail(Status::NotADatabase,
                        tr("%1 is not a Kotoplan database. It was left unchanged.").arg(shown));
        if (int(header->userVersion) > latestSchemaVersion())
            return fail(Status::NewerSchema,
                        tr("%1 was written by a newer version of Kotoplan (database version %2; "
                           "this program knows up to %3). Update Kotoplan to open it. The file "
                           "was left unchanged.")
                            .arg(shown)
                            .arg(header->userVersion)
                            .arg(latestSchemaVersion()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(Status::CannotOpen, tr("%1 cannot be opened.").arg(shown));

    const QString check = quickCheck();
    if (check != QLatin1String("ok"))
        return fail(Status::Corrupt,
                    tr("%1 is damaged and was not changed. Restore it from a backup.").arg(shown));

    QSqlQuery query(db);
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (!query.exec(pragma))
            return fail(Status::CannotOpen, tr("%1 cannot be opened for writing.").arg(shown));
    }
    return migrate();
}

QString Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return query.lastError().text().isEmpty() ? QStringLiteral("unreadable")
                                                  : query.lastError().text();
    return query.value(0).toString();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::backupBeforeMigration(int fromVersion, QString *error)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath() + QStringLiteral("/backups");
    if (!createPrivateFolder(folder)) {
        *error =
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString target = QStringLiteral("%1/%2-before-v%3-%4.sqlite")
                               .arg(folder, info.completeBaseName())
                               .arg(fromVersion + 1)
                               .arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(target);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error =
            tr("A backup copy could not be written to %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    restrictToOwner(target);
    return true;
}

Database::OpenResult Database::migrate()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QStringList files = migrationFiles();
    int version = schemaVersion();
    if (version < 0)
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(shown));

    // One backup of an existing file before its first upgrade step; a new file has nothing
    // to lose.
    const int startVersion = version;
    for (; version < files.size(); ++version) {
        QString error;
        if (version == startVersion && version > 0 && !backupBeforeMigration(version, &error))
            return fail(Status::MigrationFailed, error);

        QFile file(files.at(version));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Status::MigrationFailed,
                        tr("The program's upgrade step %1 is missing.").arg(version + 1));
        Transaction transaction(connection());
        bool ok = transaction.isActive();
        QSqlQuery query(connection());
        for (const QString &statement : splitSqlScript(QString::fromUtf8(file.readAll()))) {
            if (!ok)
                break;
            ok = query.exec(statement);
        }
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
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
