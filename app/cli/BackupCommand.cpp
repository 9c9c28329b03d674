// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan backup: a backup copy of a database file now, into backups/ beside it.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>

namespace kotoplan::cli {

int runBackup(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (refuseShared(parser, &code))
        return code;
    if (!openDatabase(database, parser, &code))
        return code;
    const Backups::Result written =
        Backups(database.path()).write(database.connection(), QStringLiteral("manual"));
    if (!written.ok)
        return failure(written.message);
    const BackupInfo info = Backups::inspect(written.path);
    out() << CommandLine::tr("Backup written: %1 (%2 clients, %3 plans)")
                 .arg(QDir::toNativeSeparators(written.path))
                 .arg(info.clients)
                 .arg(info.plans)
          << Qt::endl;
    out() << CommandLine::tr("Copies kept: %1")
                 .arg(Backups::summary(Backups(database.path()).names()))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
