// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan import: a plan file (JSON) from another municipality, as a draft.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "exchange/PlanImport.h"
#include "storage/Database.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runImport(Database &database, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badUsage(CommandLine::tr("import takes one file: kotoplan import --database PATH "
                                        "FILE.json"));
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    const PlanImport::Result result =
        PlanImport::importFile(database.connection(), positional.at(1));
    if (result.status == PlanImport::Result::Status::Imported ||
        result.status == PlanImport::Result::Status::Duplicate) {
        out() << result.message << '\t' << CommandLine::tr("plan %1").arg(result.planId)
              << Qt::endl;
        return CommandLine::Success;
    }
    err() << result.message << Qt::endl;
    for (const Problem &problem : result.problems)
        err() << "  " << problem.field << ": " << problem.message << Qt::endl;
    return CommandLine::Failure;
}

} // namespace kotoplan::cli
