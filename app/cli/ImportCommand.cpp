// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan import: a plan file (JSON) from another municipality, as a draft.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "exchange/OutputText.h"
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
    const QStringList take =
        parser.value(QStringLiteral("take-from-file")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const PlanImport::Result result =
        PlanImport::importFile(database.connection(), positional.at(1),
                               AuditActor::fromEnvironment(officerName(parser)), take);
    if (result.status == PlanImport::Result::Status::Imported ||
        result.status == PlanImport::Result::Status::Duplicate) {
        out() << result.message << '\t' << CommandLine::tr("plan %1").arg(result.planId)
              << Qt::endl;
        // The officer decides: the stored details stay unless --take-from-file names them.
        for (const ClientDifference &difference : result.differences) {
            out() << "  " << difference.key << ": "
                  << CommandLine::tr("stored \"%1\", in the file \"%2\"")
                         .arg(outputText::forTerminal(difference.stored),
                              outputText::forTerminal(difference.inFile))
                  << '\n';
        }
        if (!result.differences.isEmpty())
            out() << CommandLine::tr("Nothing of these was changed. To take the file's values, "
                                     "import again with --take-from-file and the fields, "
                                     "separated by commas, or all.")
                  << Qt::endl;
        return CommandLine::Success;
    }
    err() << result.message << Qt::endl;
    for (const Problem &problem : result.problems)
        err() << "  " << problem.field << ": " << problem.message << Qt::endl;
    return CommandLine::Failure;
}

} // namespace kotoplan::cli
