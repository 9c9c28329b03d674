// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/Backups.h"

#include "domain/Clock.h"
#include "domain/DateText.h"
#include "storage/Database.h"
#include "storage/FilePermissions.h"
#include "storage/SchemaCheck.h"
#include "storage/SqlFailure.h"
#include "stores/AuditTrail.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace kotoplan {

namespace {

QAtomicInt inspectCounter;
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// A copy is only worth its name once it is on the disk, not in the page cache.
bool syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0; // FlushFileBuffers under the C runtime's handle
#else
    return file.flush();
#endif
}

struct Name
{
    QString kind;
    QDateTime madeAt;
};

// A backup (.sqlite) or a damaged file kept (.damaged) of the database named `base`.
std::optional<Name> parseName(const QString &base, const QString &fileName)
{
    static const QString pattern =
        QStringLiteral("^%1-([a-z0-9-]+?)-(\\d{8}-\\d{6})(?:-\\d+)?\\.(?:sqlite|damaged)$");
    const QRegularExpression expression(pattern.arg(QRegularExpression::escape(base)));
    const QRegularExpressionMatch match = expression.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    return Name{match.captured(1), QDateTime::fromString(match.captured(2), timeFormat)};
}

int countRows(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

QString Backups::targetPath(const QString &kind) const
{
    const QString stem = QStringLiteral("%1/%2-%3-%4")
                             .arg(folder(), QFileInfo(m_databasePath).completeBaseName(), kind,
                                  Clock::now().toString(timeFormat));
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".partial"));
         ++n)
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

Backups::Result Backups::write(const QSqlDatabase &db, const QString &kind)
{
    if (!createPrivateFolder(folder()))
        return {
            false,
            {},
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder()))};
    const QString target = targetPath(kind);
    const QString shown = QDir::toNativeSeparators(target);
    // Written under another name first: a crash half-way never leaves a copy that looks whole.
    const QString partial = target + QStringLiteral(".partial");
    if (!createPrivateFile(partial))
        return {false, {}, tr("A backup copy could not be written to %1.").arg(shown)};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec() || !syncToDisk(partial) || !QFile::rename(partial, target)) {
        const QString why = SqlFailure::explanation(query.lastError());
        QFile::remove(partial);
        const QString message = tr("A backup copy could not be written to %1.").arg(shown);
        return {false, {}, why.isEmpty() ? message : message + QLatin1Char(' ') + why};
    }
    rotate(kind);
    return {true, target, {}};
}

QString Backups::rotationGroup(const QString &kind)
{
    // Each upgrade's copy has a kind of its own (before-v5, before-v6): kept as one group.
    return kind.startsWith(QLatin1String("before-v")) ? QStringLiteral("before-upgrade") : kind;
}

void Backups::rotate(const QString &kind) const
{
    const QString group = rotationGroup(kind);
    QList<BackupInfo> copies = names();
    copies.removeIf([&group](const BackupInfo &copy) { return rotationGroup(copy.kind) != group; });
    // names() is newest first.
    for (qsizetype i = keptPerKind; i < copies.size(); ++i) {
        QFile::remove(copies.at(i).path);
        if (copies.at(i).kind == QLatin1String("damaged"))
            QFile::remove(copies.at(i).path + QStringLiteral("-wal"));
    }
}

Backups::Result Backups::writeDailyIfDue(const QSqlDatabase &db)
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QStringList names =
        QDir(folder()).entryList({base + QStringLiteral("-daily-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        const std::optional<Name> parsed = parseName(base, name);
        if (parsed && parsed->kind == QLatin1String("daily") &&
            parsed->madeAt.date() == Clock::today())
            return {true, QDir(folder()).filePath(name), {}};
    }
    if (countRows(db, QStringLiteral("SELECT COUNT(*) FROM client")) <= 0)
        return {}; // nothing to lose yet
    return write(db, QStringLiteral("daily"));
}

BackupInfo Backups::inspect(const QString &path)
{
    const QFileInfo file(path);
    BackupInfo info;
    info.path = file.absoluteFilePath();
    info.size = file.size();
    // Any file may be restored from; one of ours carries the time it was made in its name.
    static const QRegularExpression stamp(QStringLiteral("(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"));
    const QRegularExpressionMatch match = stamp.match(file.fileName());
    info.madeAt =
        match.hasMatch() ? QDateTime::fromString(match.captured(1), timeFormat) : QDateTime();
    if (!info.madeAt.isValid())
        info.madeAt = file.lastModified();
    if (!file.isFile() || file.size() == 0)
        return info;

    const QString connection =
        QStringLiteral("kotoplan-backup-%1").arg(inspectCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            info.schemaVersion = countRows(db, QStringLiteral("PRAGMA user_version"));
            info.clients = countRows(db, QStringLiteral("SELECT COUNT(*) FROM client"));
            info.plans = countRows(db, QStringLiteral("SELECT COUNT(*) FROM plan"));
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok"))
                info.clients = info.plans = -1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return info;
}

QList<BackupInfo> Backups::names() const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    QList<BackupInfo> copies;
    const QDir dir(folder());
    const QStringList files = dir.entryList(
        {base + QStringLiteral("-*.sqlite"), base + QStringLiteral("-*.damaged")}, QDir::Files);
    for (const QString &name : files) {
        if (const std::optional<Name> parsed = parseName(base, name)) {
            BackupInfo copy;
            copy.path = dir.absoluteFilePath(name);
            copy.kind = parsed->kind;
            copy.madeAt = parsed->madeAt;
            copy.size = QFileInfo(copy.path).size();
            copies.append(copy);
        }
    }
    std::sort(copies.begin(), copies.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return copies;
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> backups = names();
    for (BackupInfo &backup : backups) {
        // A damaged file is kept for inspection, never opened: it is no backup to restore.
        if (backup.kind == QLatin1String("damaged"))
            continue;
        const QString kind = backup.kind;
        backup = inspect(backup.path);
        backup.kind = kind;
    }
    return backups;
}

std::optional<BackupInfo> Backups::latestReadable() const
{
    for (const BackupInfo &backup : list()) {
        if (backup.readable())
            return backup;
    }
    return std::nullopt;
}

QString Backups::kindText(const QString &kind)
{
    if (kind == QLatin1String("daily"))
        return tr("daily");
    if (kind == QLatin1String("manual"))
        return tr("made by hand");
    if (kind == QLatin1String("before-restore"))
        return tr("before a restore");
    if (kind == QLatin1String("damaged"))
        return tr("damaged file kept");
    if (rotationGroup(kind) == QLatin1String("before-upgrade"))
        return tr("before the upgrade to version %1").arg(kind.mid(8));
    return kind;
}

QString Backups::summary(const QList<BackupInfo> &copies)
{
    if (copies.isEmpty())
        return tr("none");
    QHash<QString, int> counts;
    for (const BackupInfo &copy : copies)
        ++counts[rotationGroup(copy.kind)];
    const auto counted = [&counts](const QString &group) {
        return counts.take(group);
    };
    QStringList parts;
    if (const int n = counted(QStringLiteral("daily")))
        parts.append(tr("%n daily", nullptr, n));
    if (const int n = counted(QStringLiteral("manual")))
        parts.append(tr("%n made by hand", nullptr, n));
    if (const int n = counted(QStringLiteral("before-restore")))
        parts.append(tr("%n before a restore", nullptr, n));
    if (const int n = counted(QStringLiteral("before-upgrade")))
        parts.append(tr("%n before an upgrade", nullptr, n));
    if (const int n = counted(QStringLiteral("damaged")))
        parts.append(tr("%n damaged file(s) kept", nullptr, n));
    // A kind of a newer version, by its name.
    QStringList others = counts.keys();
    others.sort();
    for (const QString &other : others)
        parts.append(QStringLiteral("%1 %2").arg(counts.value(other)).arg(other));
    return parts.join(QStringLiteral(", "));
}

QString Backups::formatTime(const QDateTime &time)
{
    return dateText::formatDate(time.date()) + QLatin1Char(' ') +
           time.toString(QStringLiteral("HH:mm"));
}

Backups::Result Backups::keepDamagedFile(const QString &databasePath)
{
    if (!createPrivateFolder(folder()))
        return {
            false,
            {},
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder()))};
    const QString target = targetPath(QStringLiteral("damaged"));
    const QString kept = target.left(target.size() - 7) + QStringLiteral(".damaged");
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::copy(databasePath + suffix, kept + suffix) || !syncToDisk(kept + suffix))
            return {false,
                    {},
                    tr("A copy of the damaged file could not be kept in %1.")
                        .arg(QDir::toNativeSeparators(folder()))};
        restrictToOwner(kept + suffix);
    }
    rotate(QStringLiteral("damaged"));
    return {true, kept, {}};
}

QString Backups::refusal(const QString &backupPath, qint64 *lastAuditId)
{
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    const BackupInfo backup = inspect(backupPath);
    if (!backup.readable())
        return tr("The backup %1 cannot be read. Nothing was changed.").arg(shownBackup);
    if (backup.schemaVersion > Database::latestSchemaVersion())
        return tr("The backup %1 was written by a newer version of Kotoplan. Nothing was "
                  "changed.")
            .arg(shownBackup);
    QString problem;
    const QString connection =
        QStringLiteral("kotoplan-backup-%1").arg(inspectCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(backup.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const SchemaCheck::Result checked =
            db.open() ? SchemaCheck::run(db)
                      : SchemaCheck::Result{-1, {}, tr("It cannot be read.")};
        problem = checked.message;
        if (lastAuditId)
            *lastAuditId = auditTrail::lastId(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (problem.isEmpty())
        return {};
    return tr("%1 is not restored from: %2 Nothing was changed.").arg(shownBackup, problem);
}

} // namespace kotoplan
