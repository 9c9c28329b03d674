// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CommandLine.h"

#include "ClientStore.h"
#include "Database.h"
#include "DemoData.h"
#include "PdfWriter.h"
#include "PlanDocument.h"
#include "PlanStore.h"
#include "PrintLanguage.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace kotoplan {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int badUsage(const QString &message)
{
    err() << message << Qt::endl
          << CommandLine::tr("Run 'kotoplan --help' for the commands and options.") << Qt::endl;
    return CommandLine::BadUsage;
}

int failure(const QString &message)
{
    err() << message << Qt::endl;
    return CommandLine::Failure;
}

// Opens an existing database for a command; a command never creates a file by accident,
// except demo, which fills a new one.
bool openDatabase(Database &database, const QString &path, bool mayCreate, int *exitCode)
{
    if (!mayCreate && !QFileInfo::exists(path)) {
        *exitCode = failure(CommandLine::tr("The database %1 does not exist.").arg(path));
        return false;
    }
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        *exitCode = failure(opened.message);
        return false;
    }
    return true;
}

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

int runList(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
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

int runCheck(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
        return code;
    const QString integrity = database.quickCheck();
    out() << CommandLine::tr("Schema version: %1").arg(database.schemaVersion()) << '\n'
          << CommandLine::tr("Integrity: %1").arg(integrity) << '\n'
          << CommandLine::tr("Clients: %1").arg(ClientStore(database.connection()).count()) << '\n'
          << CommandLine::tr("Plans: %1").arg(PlanStore(database.connection()).count()) << Qt::endl;
    return integrity == QLatin1String("ok") ? CommandLine::Success : CommandLine::Failure;
}

int runPdf(Database &database, const QCommandLineParser &parser)
{
    bool idOk = false;
    const qint64 planId = parser.value(QStringLiteral("plan")).toLongLong(&idOk);
    if (!parser.isSet(QStringLiteral("plan")) || !idOk || planId <= 0)
        return badUsage(CommandLine::tr("pdf needs --plan ID, the number that list shows."));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return badUsage(CommandLine::tr("pdf needs --out FILE.pdf."));
    QString language = PrintLanguage::defaultCode();
    if (parser.isSet(QStringLiteral("lang"))) {
        language = parser.value(QStringLiteral("lang"));
        if (!translations::languages().contains(language))
            return badUsage(CommandLine::tr("--lang takes one of: %1.")
                                .arg(translations::languages().join(QStringLiteral(", "))));
    }
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
        return code;
    const std::optional<Plan> plan = PlanStore(database.connection()).load(planId);
    const std::optional<Client> client =
        plan ? ClientStore(database.connection()).load(plan->clientId) : std::nullopt;
    if (!plan || !client)
        return failure(CommandLine::tr("There is no plan with the id %1.").arg(planId));
    const PdfWriter::Result written =
        PdfWriter::write(PlanDocument(*plan, *client, language), outPath);
    if (!written.ok)
        return failure(written.message);
    out() << CommandLine::tr("Wrote %1 (%n page(s)).", nullptr, written.pages)
                 .arg(QDir::toNativeSeparators(outPath))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("check"),
            QStringLiteral("pdf")};
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("pdf"));
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    // The window takes --database PATH and Qt's own options; anything else is a command line
    // job, and a wrong one must end with a usage error, not a window.
    static const QStringList optionsWithValue = {
        QStringLiteral("--database"),  QStringLiteral("-platform"),
        QStringLiteral("-style"),      QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-display"),    QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon")};
    static const QStringList windowOptions = {
        QStringLiteral("--database"),   QStringLiteral("-platform"),
        QStringLiteral("-style"),       QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-display"),     QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"), QStringLiteral("-reverse")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (!argument.startsWith(QLatin1Char('-')) || !windowOptions.contains(name))
            return true;
        if (optionsWithValue.contains(argument) && ++i >= arguments.size())
            return true; // the value is missing: a usage error
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kotoplan: integration plans for immigrants outside the labour force.\n\n"
           "Commands:\n"
           "  (none)   start the program\n"
           "  demo     fill the database with invented demo clients\n"
           "  list     list the plans, one a line: id, name, date of birth, date, kind, status\n"
           "  check    show the schema version, the integrity and the counts\n"
           "  pdf      write a plan as PDF/A: --plan ID --out FILE.pdf [--lang fi|sv|en]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file."), tr("path")},
        {QStringLiteral("clients"), tr("demo: how many clients (50 if not given)."), tr("number")},
        {QStringLiteral("search"), tr("list: only plans whose client matches the text."),
         tr("text")},
        {QStringLiteral("plan"), tr("pdf: the plan's id, as list shows it."), tr("id")},
        {QStringLiteral("lang"), tr("pdf: the language of the printed plan: fi, sv or en."),
         tr("language")},
        {QStringLiteral("out"), tr("pdf: the PDF file to write."), tr("file")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("demo, list, check or pdf"));

    if (!parser.parse(arguments))
        return badUsage(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.isSet(version)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !commands().contains(positional.first()))
        return badUsage(tr("Give one command: %1.").arg(commands().join(QStringLiteral(", "))));
    const QString command = positional.first();
    if (!parser.isSet(QStringLiteral("database")))
        return badUsage(tr("The command %1 needs --database PATH.").arg(command));
    if (parser.isSet(QStringLiteral("clients")) && command != QLatin1String("demo"))
        return badUsage(tr("--clients goes with demo only."));
    if (parser.isSet(QStringLiteral("search")) && command != QLatin1String("list"))
        return badUsage(tr("--search goes with list only."));
    for (const QString &option :
         {QStringLiteral("plan"), QStringLiteral("lang"), QStringLiteral("out")}) {
        if (parser.isSet(option) && command != QLatin1String("pdf"))
            return badUsage(tr("--%1 goes with pdf only.").arg(option));
    }

    Database database;
    if (command == QLatin1String("demo"))
        return runDemo(database, parser);
    if (command == QLatin1String("list"))
        return runList(database, parser);
    if (command == QLatin1String("pdf"))
        return runPdf(database, parser);
    return runCheck(database, parser);
}

} // namespace kotoplan
