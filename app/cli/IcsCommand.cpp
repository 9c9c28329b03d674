// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/IcsCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "exchange/MeetingCalendar.h"
#include "storage/Database.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>
#include <QDir>

namespace kotoplan::IcsCommand {

int run(Database &database, const QCommandLineParser &parser)
{
    const std::optional<qint64> option = cli::planOption(parser);
    if (!option)
        return cli::badUsage(CommandLine::tr("ics needs --plan ID, the number that list shows."));
    const qint64 planId = *option;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return cli::badUsage(CommandLine::tr("ics needs --out FILE.ics."));
    const std::optional<QString> language = cli::languageOption(parser);
    if (!language)
        return cli::badLanguage();
    int code = 0;
    if (!cli::openDatabase(database, parser, &code))
        return code;
    const Result<Plan> plan = PlanStore(database.connection()).load(planId);
    if (!plan)
        return cli::failure(CommandLine::tr("There is no plan with the id %1.").arg(planId));
    const std::optional<Meeting> next = MeetingStore(database.connection()).nextFor(*plan);
    if (!next)
        return cli::failure(CommandLine::tr("Plan %1 has no next meeting planned.").arg(planId));
    const MeetingCalendar::Result written =
        MeetingCalendar::write(*next, ServicePoint::load(), *language, outPath);
    if (!written.ok)
        return cli::failure(written.message);
    cli::out() << CommandLine::tr("Wrote %1.").arg(QDir::toNativeSeparators(outPath)) << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::IcsCommand
