// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan export: a plan for the employment authority, PDF/A and JSON side by side.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "exchange/PlanExport.h"
#include "settings/OfficerSettings.h"
#include "storage/Database.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runExport(Database &database, const QCommandLineParser &parser)
{
    const std::optional<qint64> planId = planOption(parser);
    if (!planId)
        return badUsage(CommandLine::tr("export needs --plan ID, the number that list shows."));
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return badUsage(CommandLine::tr("export needs --out DIR, the folder to write to."));
    const std::optional<QString> language = languageOption(parser);
    if (!language)
        return badLanguage();
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    PlanExport::Request request;
    request.planId = *planId;
    request.folder = folder;
    request.receiver = parser.value(QStringLiteral("receiver"));
    request.municipality = officer::organisation();
    request.officer = officerName(parser);
    request.language = *language;
    request.withLifeSituation = parser.isSet(QStringLiteral("with-life-situation"));
    const PlanExport::Result result = PlanExport::run(database.connection(), request);
    if (!result.ok)
        return failure(result.message);
    out() << result.message << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
