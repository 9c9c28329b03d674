// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/DatabaseLocation.h"

#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "storage/SqliteHeader.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace kotoplan {

namespace {

const QString settingsKey = QStringLiteral("database/location");

QString absoluteFile(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString shownFile(const QString &path)
{
    return QDir::toNativeSeparators(absoluteFile(path));
}

// The folder a new file would be created in, or the nearest one above it that exists.
QString nearestFolder(const QString &path)
{
    QString folder = QFileInfo(absoluteFile(path)).absolutePath();
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

} // namespace

QString DatabaseLocation::configured()
{
    return QSettings().value(settingsKey).toString().trimmed();
}

void DatabaseLocation::setConfigured(const QString &location)
{
    QSettings settings;
    if (location.trimmed().isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, location.trimmed());
}

QString DatabaseLocation::resolve(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.isEmpty() ? Database::defaultPath() : trimmed;
}

bool DatabaseLocation::isServer(const QString &location)
{
    return PostgresUrl::isUrl(location);
}

bool DatabaseLocation::sameDatabase(const QString &first, const QString &second)
{
    const QString one = resolve(first);
    const QString other = resolve(second);
    if (isServer(one) || isServer(other))
        return one == other;
    return absoluteFile(one) == absoluteFile(other);
}

QString DatabaseLocation::problem(const QString &location)
{
    const QString text = location.trimmed();
    if (text.isEmpty())
        return {};
    if (isServer(text)) {
        QString error;
        PostgresUrl::parse(text, &error);
        return error;
    }
    // Not quoted back: a mistyped address may carry a password.
    const bool control = std::any_of(
        text.cbegin(), text.cend(), [](QChar ch) { return ch.category() == QChar::Other_Control; });
    if (control || text.contains(QLatin1String("://")))
        return tr("The database location is neither a file path nor a postgresql:// address.");
    if (QDir::isRelativePath(text))
        return tr("Give the database file's full path, such as %1.")
            .arg(QDir::toNativeSeparators(Database::defaultPath()));
    if (QFileInfo(text).isDir())
        return tr("%1 is a folder. Give the path of a database file in it, such as %2.")
            .arg(shownFile(text),
                 QDir::toNativeSeparators(QDir(text).filePath(QStringLiteral("kotoplan.sqlite"))));
    return {};
}

DatabaseLocation::TestResult DatabaseLocation::test(const QString &location)
{
    if (const QString why = problem(location); !why.isEmpty())
        return {false, why};
    const QString path = resolve(location);
    if (!isServer(path)) {
        const QString shown = shownFile(path);
        if (!QFileInfo::exists(path)) {
            const QFileInfo folder(nearestFolder(path));
            if (!folder.isDir() || !folder.isWritable())
                return {false, tr("%1 does not exist, and Kotoplan cannot create it: the folder %2 "
                                  "is not writable.")
                                   .arg(shown, QDir::toNativeSeparators(folder.filePath()))};
            return {true, tr("%1 does not exist yet: Kotoplan creates a new, empty database there "
                             "when you switch to it.")
                              .arg(shown)};
        }
        // A read-only open refuses an older database; opened for writing it is upgraded.
        const std::optional<SqliteHeader> header = SqliteHeader::read(path);
        if (header && header->isSqlite && header->userVersion > 0 &&
            int(header->userVersion) < Database::latestSchemaVersion())
            return {true, tr("%1 is a Kotoplan database of version %2. Kotoplan upgrades it to "
                             "version %3 when you switch to it, after a backup copy.")
                              .arg(shown)
                              .arg(header->userVersion)
                              .arg(Database::latestSchemaVersion())};
    }
    Database database;
    const Database::OpenResult opened = database.open(path, Database::Mode::ReadOnly);
    if (!opened.ok())
        return {false, opened.message};
    const QString shown =
        database.isShared() ? database.path() : QDir::toNativeSeparators(database.path());
    return {true, tr("%1 opens: a Kotoplan database of version %2.")
                      .arg(shown)
                      .arg(database.schemaVersion())};
}

} // namespace kotoplan
