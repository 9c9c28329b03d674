// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/FilePermissions.h"
#include "storage/PostgresLogin.h"
#include "storage/SqlDialect.h"
#include "storage/SqlScript.h"
#include "storage/SqliteHeader.h"
#include "storage/Transaction.h"
#include "stores/ServiceCatalogue.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace kotoplan {

namespace {

QAtomicInt connectionCounter;

// The migrations embedded in the core library, oldest first; a file's number is its version.
QStringList migrationFiles(const QString &folder)
{
    QDir dir(folder);
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files)
        file = dir.filePath(file);
    return files;
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("kotoplan-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion(bool shared)
{
    return int(migrationFiles(shared ? QStringLiteral(":/kotoplan/migrations/postgresql")
                                     : QStringLiteral(":/kotoplan/migrations"))
                   .size());
}

QSqlDatabase Database::connectionFor(const QString &driver)
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driverName() == driver)
            return db;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return QSqlDatabase::addDatabase(driver, m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kotoplan.sqlite");
}

Database::OpenResult Database::fail(Status status, const QString &message)
{
    close();
    return {status, message, {}};
}

Database::OpenResult Database::open(const QString &location, Mode mode, Checks checks)
{
    close();
    m_checksDeferred = false;
    m_shared = PostgresUrl::isUrl(location);
    if (m_shared)
        return openShared(location, mode);
    m_path = QFileInfo(location).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(m_path);

    QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return fail(Status::CannotOpen, tr("%1 is not a file.").arg(shown));
    if (!info.exists() && mode == Mode::ReadOnly)
        return fail(Status::CannotOpen, tr("The database %1 does not exist.").arg(shown));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Status::CannotOpen, tr("The folder for %1 cannot be created.").arg(shown));
        if (!createPrivateFile(m_path))
            return fail(Status::CannotOpen, tr("%1 cannot be created: the folder is not "
                                               "writable or the disk is full.")
                                                .arg(shown));
        info.refresh();
    }

    // SQLite writes its -wal and -shm files beside the database, so the folder must be
    // writable too.
    m_readOnly = true;
    if (mode == Mode::ReadOnly)
        m_readOnlyReason = tr("%1 is open read-only.").arg(shown);
    else if (!info.isWritable())
        m_readOnlyReason = tr("%1 is read-only.").arg(shown);
    else if (!QFileInfo(info.absolutePath()).isWritable())
        m_readOnlyReason = tr("The folder of %1 is read-only.").arg(shown);
    else
        m_readOnly = false;

    if (info.size() > 0) {
        const OpenResult checked = checkFile(shown);
        if (!checked.ok())
            return checked;
    } else if (m_readOnly) {
        return fail(Status::CannotOpen,
                    tr("%1 is empty and read-only: there is nothing to show.").arg(shown));
    }

    QSqlDatabase db = connectionFor(QStringLiteral("QSQLITE"));
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // In a read-only folder SQLite cannot create the shared memory file that reading a WAL
    // database needs: no one can write there, so the file is read as immutable.
    if (m_readOnly && !QFileInfo(info.absolutePath()).isWritable() &&
        !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?mode=ro&immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        return fail(Status::CannotOpen, tr("%1 cannot be opened.").arg(shown));

    // Only a file that is up to date may wait for its check: an upgrade writes, so it checks
    // first. A read-only file's check stays here: its folder may not allow a second connection.
    m_checksDeferred = checks == Checks::Deferred && !m_readOnly && info.size() > 0 &&
                       schemaVersion() == latestSchemaVersion();
    if (!m_checksDeferred) {
        const OpenResult checked = checkIntegrity(db, shown);
        if (!checked.ok())
            return fail(checked.status, checked.message);
    }
    QSqlQuery query(db);

    // The journal mode is stored in the file: a read-only open must not try to change it.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (m_readOnly)
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    else
        pragmas.append({QStringLiteral("PRAGMA journal_mode = WAL"),
                        QStringLiteral("PRAGMA synchronous = FULL")});
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return fail(isBusy(query.lastError()) ? Status::Busy : Status::CannotOpen,
                        tr("%1 cannot be opened for writing.").arg(shown));
    }
    if (m_readOnly) {
        if (schemaVersion() != latestSchemaVersion())
            return fail(Status::CannotOpen, tr("%1 needs an upgrade to this version of Kotoplan, "
                                               "but it is read-only.")
                                                .arg(shown));
        return {};
    }
    OpenResult result = migrate();
    if (result.ok()) {
        // A failed seed leaves an empty but working catalogue, tried again at the next open.
        ServiceCatalogue(connection()).seedDefaultIfNeeded();
        if (!m_checksDeferred) {
            const Backups::Result daily = Backups(m_path).writeDailyIfDue(connection());
            if (!daily.ok)
                result.warning = daily.message;
        }
    }
    return result;
}

Database::OpenResult Database::checkIntegrity(const QSqlDatabase &db, const QString &shown)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        if (isBusy(query.lastError()))
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
        QStringLiteral("kotoplan-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
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

int Database::schemaVersion() const
{
    return SqlDialect(connection()).schemaVersion();
}

Database::OpenResult Database::openShared(const QString &location, Mode mode)
{
    QString error;
    const PostgresUrl url = PostgresUrl::parse(location, &error);
    if (!url.isValid()) {
        m_path.clear();
        return fail(Status::CannotOpen, error);
    }
    m_path = url.shown();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Status::CannotOpen, tr("This installation of Kotoplan cannot connect to "
                                           "PostgreSQL: the Qt driver QPSQL (Debian package "
                                           "libqt6sql6-psql) is missing."));
    QSqlDatabase db = connectionFor(QStringLiteral("QPSQL"));
    url.applyTo(db);
    if (!db.open()) {
        const PostgresLogin::Problem problem = PostgresLogin::classify(db.lastError());
        const Status status = problem == PostgresLogin::Problem::Unreachable ? Status::Unreachable
                              : problem == PostgresLogin::Problem::LoginRefused
                                  ? Status::LoginRefused
                                  : Status::CannotOpen;
        return fail(status, PostgresLogin::message(problem, url));
    }

    m_readOnly = mode == Mode::ReadOnly;
    m_readOnlyReason = m_readOnly ? tr("%1 is open read-only.").arg(m_path) : QString();
    QSqlQuery query(db);
    // A save waits for another officer's save of the same row, but not for ever.
    QStringList settings = {QStringLiteral("SET lock_timeout = '10s'")};
    if (m_readOnly)
        settings.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString &setting : std::as_const(settings)) {
        if (!query.exec(setting))
            return fail(Status::CannotOpen, tr("%1 cannot be opened.").arg(m_path));
    }
    const int version = schemaVersion();
    if (version < 0)
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
    const OpenResult checked = checkSharedSchema(version);
    if (!checked.ok() || m_readOnly)
        return checked;
    OpenResult result = migrate();
    if (result.ok())
        ServiceCatalogue(connection()).seedDefaultIfNeeded();
    return result;
}

Database::OpenResult Database::checkSharedSchema(int version)
{
    if (version > latestSchemaVersion(true))
        return fail(Status::NewerSchema,
                    tr("%1 was written by a newer version of Kotoplan (database version %2; "
                       "this program knows up to %3). Update Kotoplan to open it. The database "
                       "was left unchanged.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion(true)));
    QSqlQuery query(connection());
    if (version == 0) {
        // Someone else's tables: Kotoplan's would mix with them.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                       "WHERE table_schema = current_schema()")) ||
            !query.next())
            return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
        if (query.value(0).toInt() > 0)
            return fail(Status::CannotOpen,
                        tr("%1 is not a Kotoplan database: it holds other tables. It was left "
                           "unchanged.")
                            .arg(m_path));
    }
    if (version == latestSchemaVersion(true))
        return {};
    if (m_readOnly && version == 0)
        return fail(Status::NotSetUp, tr("%1 has no Kotoplan tables yet. The database's owner "
                                         "sets it up with kotoplan init (see the README).")
                                          .arg(m_path));
    if (m_readOnly)
        return fail(Status::CannotOpen, tr("%1 needs an upgrade to this version of Kotoplan, but "
                                           "it is open read-only.")
                                            .arg(m_path));
    // Creating or upgrading the tables is the owner's job; an officer's role may not.
    if (!query.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE'), "
                                   "current_user")) ||
        !query.next())
        return fail(Status::CannotOpen, tr("%1 cannot be read.").arg(m_path));
    if (!query.value(0).toBool()) {
        const QString role = query.value(1).toString();
        return fail(Status::NotSetUp,
                    version == 0
                        ? tr("%1 has no Kotoplan tables yet, and the role %2 may not create "
                             "them. The database's owner sets it up with kotoplan init (see the "
                             "README).")
                              .arg(m_path, role)
                        : tr("%1 needs an upgrade to this version of Kotoplan, and the role %2 "
                             "may not make it. The database's owner upgrades it with kotoplan "
                             "init of this version.")
                              .arg(m_path, role));
    }
    return {};
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
