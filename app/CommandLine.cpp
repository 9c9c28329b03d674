// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CommandLine.h"

#include "ClientStore.h"
#include "Database.h"
#include "DemoData.h"
#include "PlanImport.h"
#include "PlanStore.h"

#include <QCommandLineParser>
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

int runImport(Database &database, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return badUsage(CommandLine::tr("import takes one file: kotoplan import --database PATH "
                                        "FILE.json"));
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
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

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("check"),
            QStringLiteral("import")};
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
           "  import   import a plan file (JSON) from another municipality as a draft"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file."), tr("path")},
        {QStringLiteral("clients"), tr("demo: how many clients (50 if not given)."), tr("number")},
        {QStringLiteral("search"), tr("list: only plans whose client matches the text."),
         tr("text")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("demo, list, check or import"));

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
    if (positional.isEmpty() || !commands().contains(positional.first()) ||
        (positional.size() > 1 && positional.first() != QLatin1String("import")))
        return badUsage(tr("Give one command: %1.").arg(commands().join(QStringLiteral(", "))));
    const QString command = positional.first();
    if (!parser.isSet(QStringLiteral("database")))
        return badUsage(tr("The command %1 needs --database PATH.").arg(command));
    if (parser.isSet(QStringLiteral("clients")) && command != QLatin1String("demo"))
        return badUsage(tr("--clients goes with demo only."));
    if (parser.isSet(QStringLiteral("search")) && command != QLatin1String("list"))
        return badUsage(tr("--search goes with list only."));

    Database database;
    if (command == QLatin1String("demo"))
        return runDemo(database, parser);
    if (command == QLatin1String("list"))
        return runList(database, parser);
    if (command == QLatin1String("import"))
        return runImport(database, parser);
    return runCheck(database, parser);
}

} // namespace kotoplan
