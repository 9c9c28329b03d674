// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/FilePermissions.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "stores/ClientRefresh.h"
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
    // Whoever made the file, Kotoplan keeps it readable by its owner alone.
    QString privacyWarning;
    if (!m_readOnly && !makeDatabasePrivate(m_path))
        privacyWarning = tr("%1 could not be made readable by its owner alone (mode 0600): check "
                            "who owns it.")
                             .arg(shown);

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
            return fail(SqlFailure::cause(query.lastError()) == SqlFailure::Cause::Busy
                            ? Status::Busy
                            : Status::CannotOpen,
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
        refreshClientsIfRequested(connection());
        if (!m_checksDeferred) {
            const Backups::Result daily = Backups(m_path).writeDailyIfDue(connection());
            if (!daily.ok)
                result.warning = daily.message;
        }
        if (!privacyWarning.isEmpty())
            result.warning = QString(result.warning + QLatin1Char(' ') + privacyWarning).trimmed();
    }
    return result;
}

int Database::schemaVersion() const
{
    return SqlDialect(connection()).schemaVersion();
}

} // namespace kotoplan
