// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan demo: invented demo clients with their plans, into a new or existing database.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runDemo(Database &database, const QCommandLineParser &parser)
{
    int clients = 50;
    if (parser.isSet(QStringLiteral("clients"))) {
        bool ok = false;
        clients = parser.value(QStringLiteral("clients")).toInt(&ok);
        if (!ok || clients < 1 || clients > 1000000)
            return badUsage(CommandLine::tr("--clients takes a number from 1 to 1000000."));
    }
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), true, &code))
        return code;
    const DemoData::Result result = DemoData::generate(database.connection(), clients);
    if (!result.error.isEmpty())
        return failure(result.error);
    out() << CommandLine::tr("Added %1 demo clients with %2 plans.")
                 .arg(result.clients)
                 .arg(result.plans)
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
