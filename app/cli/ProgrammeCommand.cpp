// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan programme: the municipality's integration programme as PDF/A.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "domain/Clock.h"
#include "print/PdfWriter.h"
#include "print/ProgrammeDocument.h"
#include "settings/Municipality.h"
#include "storage/Database.h"
#include "stores/ServiceCatalogue.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runProgramme(Database &database, const QCommandLineParser &parser)
{
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return badUsage(CommandLine::tr("programme needs --out FILE.pdf."));
    const std::optional<QString> language = languageOption(parser);
    if (!language)
        return badLanguage();
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    const ProgrammeDocument document(ServiceCatalogue(database.connection()).list(true),
                                     {*language, municipality::name(), Clock::today()});
    return wrote(outPath, PdfWriter::write(document, outPath));
}

} // namespace kotoplan::cli
