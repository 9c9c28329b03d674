// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan sign: a draft plan signed, on a date, by an officer.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "storage/Database.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runSign(Database &database, const QCommandLineParser &parser)
{
    const std::optional<qint64> planId = planOption(parser);
    if (!planId)
        return badUsage(CommandLine::tr("sign needs --plan ID, the number that list shows."));
    QDate date = Clock::today();
    if (parser.isSet(QStringLiteral("date"))) {
        const std::optional<QDate> parsed =
            dateText::parseDate(parser.value(QStringLiteral("date")));
        if (!parsed || !parsed->isValid())
            return badUsage(CommandLine::tr("--date takes a date such as 2026-11-23."));
        date = *parsed;
    }
    const QString officer = officerName(parser);
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    PlanStore plans(database.connection(),
                    AuditLog(database.connection(), AuditActor::fromEnvironment(officer)));
    const StoreResult result = plans.sign(*planId, date, officer);
    if (!result.ok()) {
        err() << result.message << Qt::endl;
        for (const Problem &problem : result.problems)
            err() << problem.field << ": " << problem.message << Qt::endl;
        return CommandLine::Failure;
    }
    out() << CommandLine::tr("Plan %1 signed on %2.").arg(*planId).arg(dateText::formatDate(date))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
