// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan stats: the anonymous follow-up figures for a range of years, as text, CSV or PDF/A.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "print/PdfWriter.h"
#include "settings/Municipality.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsCsv.h"
#include "statistics/StatisticsDocument.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QLocale>

namespace kotoplan::cli {

namespace {

// A year option: nullopt and the exit code when it is no year the statistics know.
std::optional<int> yearOption(const QCommandLineParser &parser, const QString &name, int fallback,
                              int *exitCode)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int year = parser.value(name).trimmed().toInt(&ok);
    if (!ok || year < Statistics::earliestYear() || year > Statistics::latestYear()) {
        *exitCode = badUsage(CommandLine::tr("--%1 takes a year from %2 to %3.")
                                 .arg(name)
                                 .arg(Statistics::earliestYear())
                                 .arg(Statistics::latestYear()));
        return std::nullopt;
    }
    return year;
}

} // namespace

int runStats(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    const int thisYear = Clock::today().year();
    const std::optional<int> from = yearOption(parser, QStringLiteral("from"), thisYear, &code);
    if (!from)
        return code;
    const std::optional<int> to =
        yearOption(parser, QStringLiteral("to"), qMax(*from, thisYear), &code);
    if (!to)
        return code;
    if (*from > *to)
        return badUsage(CommandLine::tr("--from %1 comes after --to %2.").arg(*from).arg(*to));
    const QString pdfPath = parser.value(QStringLiteral("pdf"));
    if (parser.isSet(QStringLiteral("pdf")) && pdfPath.isEmpty())
        return badUsage(CommandLine::tr("--pdf needs the PDF file to write."));
    if (parser.isSet(QStringLiteral("pdf")) && parser.isSet(QStringLiteral("csv")))
        return badUsage(CommandLine::tr("Give --csv or --pdf, not both."));
    if (!openDatabase(database, parser, &code))
        return code;
    const StatisticsReport report =
        Statistics(database.connection())
            .compute(*from, *to, Clock::today(), translations::languageFor(QLocale()));
    if (!report.error.isEmpty())
        return failure(report.error);
    if (!pdfPath.isEmpty())
        return wrote(pdfPath,
                     PdfWriter::write(StatisticsDocument(report, municipality::name()), pdfPath));
    if (parser.isSet(QStringLiteral("csv")))
        out() << QString::fromUtf8(StatisticsCsv::toCsv(report));
    else
        out() << report.toText();
    out().flush();
    return CommandLine::Success;
}

} // namespace kotoplan::cli
