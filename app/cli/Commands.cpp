// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/Commands.h"

#include "cli/IcsCommand.h"
#include "cli/InitCommand.h"

namespace kotoplan::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {QStringLiteral("init"), false, &InitCommand::run},
        {QStringLiteral("demo"), false, &runDemo},
        {QStringLiteral("list"), false, &runList},
        {QStringLiteral("check"), false, &runCheck},
        {QStringLiteral("backup"), false, &runBackup},
        {QStringLiteral("restore"), false, &runRestore},
        {QStringLiteral("stats"), false, &runStats}, // stats --pdf lays out text: needsFonts
        {QStringLiteral("pdf"), true, &runPdf},
        {QStringLiteral("export"), true, &runExport},
        {QStringLiteral("import"), false, &runImport},
        {QStringLiteral("sign"), false, &runSign},
        {QStringLiteral("audit"), false, &runAudit},
        {QStringLiteral("programme"), true, &runProgramme},
        {QStringLiteral("ics"), false, &IcsCommand::run},
    };
    return all;
}

} // namespace kotoplan::cli
