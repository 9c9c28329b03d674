// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/SchemaCheck.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace kotoplan {

QStringList SchemaCheck::expectedTriggers(const QString &migrationFolder, int version)
{
    static const QRegularExpression statement(
        QStringLiteral("\\b(CREATE|DROP)\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?([A-Za-z0-9_]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QDir dir(migrationFolder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QStringList triggers;
    for (qsizetype i = 0; i < files.size() && i < version; ++i) {
        QFile file(dir.filePath(files.at(i)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        for (QRegularExpressionMatchIterator it = statement.globalMatch(script); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString name = match.captured(2).toLower();
            if (match.captured(1).compare(QLatin1String("create"), Qt::CaseInsensitive) == 0) {
                if (!triggers.contains(name))
                    triggers.append(name);
            } else {
                triggers.removeAll(name);
            }
        }
    }
    return triggers;
}

SchemaCheck::Result SchemaCheck::run(const QSqlDatabase &db)
{
    const SqlDialect dialect(db);
    Result result;
    result.version = dialect.schemaVersion();
    const int latest = Database::latestSchemaVersion(!dialect.isSqlite());
    if (result.version < 1) {
        result.message = tr("It is not a Kotoplan database: it has no Kotoplan schema version.");
        return result;
    }
    if (result.version > latest) {
        result.message = tr("It was written by a newer version of Kotoplan (database version %1; "
                            "this program knows up to %2).")
                             .arg(result.version)
                             .arg(latest);
        return result;
    }
    QSqlQuery query(db);
    const bool read =
        query.exec(dialect.isSqlite()
                       ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                       : QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
    QStringList present;
    while (read && query.next())
        present.append(query.value(0).toString().toLower());
    for (const QString &trigger : expectedTriggers(dialect.migrationFolder(), result.version)) {
        if (!present.contains(trigger))
            result.missingTriggers.append(trigger);
    }
    if (!read)
        result.message = tr("Its triggers cannot be read.");
    else if (!result.missingTriggers.isEmpty())
        result.message = tr("Triggers that protect signed plans and the audit log are missing: %1.")
                             .arg(result.missingTriggers.join(QStringLiteral(", ")));
    return result;
}

} // namespace kotoplan
