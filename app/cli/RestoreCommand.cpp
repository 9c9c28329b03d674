// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan restore: a database file replaced by a backup, a copy of it kept first.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace kotoplan::cli {

int runRestore(Database &database, const QCommandLineParser &parser)
{
    if (int code = 0; refuseShared(parser, &code))
        return code;
    const QString path = parser.value(QStringLiteral("database"));
    const QString backup = parser.value(QStringLiteral("backup"));
    if (!QFileInfo::exists(path))
        return failure(CommandLine::tr("The database %1 does not exist.").arg(path));
    if (!QFileInfo(backup).isFile())
        return failure(CommandLine::tr("The backup %1 does not exist.").arg(backup));
    // A damaged database is what a restore is for: it need not open.
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok() && !opened.offersBackup())
        return failure(opened.message);
    const Backups::Result restored = Backups(path).restore(database, backup);
    if (!restored.ok)
        return failure(restored.message);
    out() << CommandLine::tr("Restored %1 from %2 (%3 clients, %4 plans).")
                 .arg(QDir::toNativeSeparators(database.path()), QDir::toNativeSeparators(backup))
                 .arg(ClientStore(database.connection()).count())
                 .arg(PlanStore(database.connection()).count())
          << Qt::endl;
    if (!restored.message.isEmpty())
        out() << restored.message << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
