// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan list: the plans, one a line, tab-separated.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "storage/Database.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runList(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    const QList<PlanSummary> plans =
        PlanStore(database.connection()).search(parser.value(QStringLiteral("search")));
    // Tabs inside a name would break the columns; names never hold line breaks.
    const auto field = [](QString value) {
        return value.replace(QLatin1Char('\t'), QLatin1Char(' '));
    };
    for (const PlanSummary &plan : plans) {
        out() << plan.planId << '\t' << field(plan.clientName) << '\t'
              << plan.dateOfBirth.toString(Qt::ISODate) << '\t'
              << plan.draftedOn.toString(Qt::ISODate) << '\t' << planKindKey(plan.kind) << '\t'
              << planStatusKey(plan.status) << '\n';
    }
    out().flush();
    return CommandLine::Success;
}

} // namespace kotoplan::cli
