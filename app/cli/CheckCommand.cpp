// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan check: the schema version, the integrity, the counts and the newest backup.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "domain/Clock.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/SchemaCheck.h"
#include "stores/ClientRefresh.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>
#include <QDir>

namespace kotoplan::cli {

int runCheck(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    const QString integrity = database.quickCheck();
    const SchemaCheck::Result schema = SchemaCheck::run(database.connection());
    out() << CommandLine::tr("Schema version: %1").arg(database.schemaVersion()) << '\n'
          << CommandLine::tr("Integrity: %1").arg(integrity) << '\n'
          << (schema.ok() ? CommandLine::tr("Protecting triggers: all present")
                          : CommandLine::tr("Protecting triggers: %1").arg(schema.message))
          << '\n'
          << CommandLine::tr("Clients: %1").arg(ClientStore(database.connection()).count()) << '\n'
          << CommandLine::tr("Plans: %1").arg(PlanStore(database.connection()).count()) << '\n';
    // Values the program could not make codes of, kept as typed: the officer fixes them.
    for (const auto &[id, values] : clientsToFix(database.connection()))
        out() << CommandLine::tr("Client %1, not a code: %2")
                     .arg(id)
                     .arg(values.join(QStringLiteral("; ")))
              << '\n';
    const std::optional<BackupInfo> newest =
        database.isShared() ? std::nullopt : Backups(database.path()).latestReadable();
    if (database.isShared()) {
        out() << CommandLine::tr("Backups: made on the database server by its administrator")
              << Qt::endl;
    } else if (!newest) {
        out() << CommandLine::tr("Newest backup: none") << Qt::endl;
    } else {
        const qint64 days = newest->madeAt.date().daysTo(Clock::today());
        const QString age = days == 0   ? CommandLine::tr("today")
                            : days == 1 ? CommandLine::tr("yesterday")
                                        : CommandLine::tr("%1 days ago").arg(days);
        out() << CommandLine::tr("Newest backup: %1, made %2 (%3)")
                     .arg(QDir::toNativeSeparators(newest->path),
                          Backups::formatTime(newest->madeAt), age)
              << Qt::endl;
    }
    if (!database.isShared())
        out() << CommandLine::tr("Copies kept: %1")
                     .arg(Backups::summary(Backups(database.path()).names()))
              << Qt::endl;
    return integrity == QLatin1String("ok") && schema.ok() ? CommandLine::Success
                                                           : CommandLine::Failure;
}

} // namespace kotoplan::cli
