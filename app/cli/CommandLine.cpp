// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLine.h"

#include "cli/CommandLineSupport.h"
#include "cli/IcsCommand.h"
#include "cli/ProgrammeCommand.h"
#include "demo/DemoData.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "exchange/AuditLogExport.h"
#include "exchange/PlanExport.h"
#include "exchange/PlanImport.h"
#include "print/ClientCopyDocument.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "settings/OfficerSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace kotoplan {

namespace {

using cli::badLanguage;
using cli::badUsage;
using cli::err;
using cli::failure;
using cli::languageOption;
using cli::openDatabase;
using cli::out;

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
          << CommandLine::tr("Plans: %1").arg(PlanStore(database.connection()).count()) << '\n';
    const std::optional<BackupInfo> newest =
        database.isShared() ? std::nullopt : Backups(database.path()).latestReadable();
    if (database.isShared()) {
        out() << CommandLine::tr("Backups: made on the database server by its administrator")
              << Qt::endl;
    } else if (!newest) {
        out() << CommandLine::tr("Newest backup: none") << Qt::endl;
    } else {
        const qint64 days = newest->madeAt.date().daysTo(Clock::today());
        const QString age = days == 0   ? CommandLine::tr("today")
                            : days == 1 ? CommandLine::tr("yesterday")
                                        : CommandLine::tr("%1 days ago").arg(days);
        out() << CommandLine::tr("Newest backup: %1, made %2 (%3)")
                     .arg(QDir::toNativeSeparators(newest->path),
                          Backups::formatTime(newest->madeAt), age)
              << Qt::endl;
    }
    return integrity == QLatin1String("ok") ? CommandLine::Success : CommandLine::Failure;
}

// Backup and restore copy SQLite files; a server has its own tools.
bool refuseShared(const QCommandLineParser &parser, int *exitCode)
{
    if (!PostgresUrl::isUrl(parser.value(QStringLiteral("database"))))
        return false;
    *exitCode = failure(CommandLine::tr("A shared PostgreSQL database is backed up and restored "
                                        "on the server by its administrator (pg_dump), not by "
                                        "Kotoplan."));
    return true;
}

int runBackup(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (refuseShared(parser, &code))
        return code;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
        return code;
    const Backups::Result written =
        Backups(database.path()).write(database.connection(), QStringLiteral("manual"));
    if (!written.ok)
        return failure(written.message);
    const BackupInfo info = Backups::inspect(written.path);
    out() << CommandLine::tr("Backup written: %1 (%2 clients, %3 plans)")
                 .arg(QDir::toNativeSeparators(written.path))
                 .arg(info.clients)
                 .arg(info.plans)
          << Qt::endl;
    return CommandLine::Success;
}

int runRestore(Database &database, const QCommandLineParser &parser)
{
    if (int code = 0; refuseShared(parser, &code))
        return code;
    const QString path = parser.value(QStringLiteral("database"));
    const QString backup = parser.value(QStringLiteral("backup"));
    if (!QFileInfo::exists(path))
        return failure(CommandLine::tr("The database %1 does not exist.").arg(path));
    if (!QFileInfo(backup).isFile())
        return failure(CommandLine::tr("The backup %1 does not exist.").arg(backup));
    // A damaged database is what a restore is for: it need not open.
    const Database::OpenResult opened = database.open(path);
    if (!opened.ok() && !opened.offersBackup())
        return failure(opened.message);
    const Backups::Result restored = Backups(path).restore(database, backup);
    if (!restored.ok)
        return failure(restored.message);
    out() << CommandLine::tr("Restored %1 from %2 (%3 clients, %4 plans).")
                 .arg(QDir::toNativeSeparators(database.path()), QDir::toNativeSeparators(backup))
                 .arg(ClientStore(database.connection()).count())
                 .arg(PlanStore(database.connection()).count())
          << Qt::endl;
    return CommandLine::Success;
}

std::optional<qint64> planOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 planId = parser.value(QStringLiteral("plan")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("plan")) || !ok || planId <= 0)
        return std::nullopt;
    return planId;
}

QString officerName(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("officer")))
        return parser.value(QStringLiteral("officer"));
    return officer::name();
}

int runPdf(Database &database, const QCommandLineParser &parser)
{
    const std::optional<qint64> planId = planOption(parser);
    if (!planId)
        return badUsage(CommandLine::tr("pdf needs --plan ID, the number that list shows."));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return badUsage(CommandLine::tr("pdf needs --out FILE.pdf."));
    const std::optional<QString> language = languageOption(parser);
    if (!language)
        return badLanguage();
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
        return code;
    std::unique_ptr<PrintedDocument> document;
    Plan plan;
    if (parser.isSet(QStringLiteral("client-copy"))) {
        if (auto copy = ClientCopyDocument::load(database.connection(), *planId, *language)) {
            plan = copy->plan();
            document = std::make_unique<ClientCopyDocument>(std::move(*copy));
        }
    } else if (auto form = PlanDocument::load(database.connection(), *planId, *language)) {
        plan = form->plan();
        document = std::make_unique<PlanDocument>(std::move(*form));
    }
    if (!document)
        return failure(CommandLine::tr("There is no plan with the id %1.").arg(*planId));
    const PdfWriter::Result written = PdfWriter::write(*document, outPath);
    if (!written.ok)
        return failure(written.message);
    // A PDF of the plan is a print of it: one audit line, as Save as PDF in the window writes.
    AuditLog(database.connection(), AuditActor::fromEnvironment(officerName(parser)))
        .append(AuditAction::Printed, plan.clientId, plan.id);
    out() << CommandLine::tr("Wrote %1 (%n page(s)).", nullptr, written.pages)
                 .arg(QDir::toNativeSeparators(outPath))
          << Qt::endl;
    return CommandLine::Success;
}

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
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
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
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
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

int runAudit(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser.value(QStringLiteral("database")), false, &code))
        return code;
    const QList<AuditEntry> entries = AuditLog(database.connection(), {}).query();
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << AuditLogExport::toCsv(entries) << Qt::flush;
        return CommandLine::Success;
    }
    const auto field = [](QString value) {
        return value.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    for (const AuditEntry &entry : entries) {
        out() << entry.at.toUTC().toString(Qt::ISODate) << '\t' << field(entry.actor.officer)
              << '\t' << field(entry.actor.osUser) << '\t' << AuditLog::key(entry.action) << '\t'
              << (entry.clientId > 0 ? QString::number(entry.clientId) : QString()) << '\t'
              << (entry.planId > 0 ? QString::number(entry.planId) : QString()) << '\n';
    }
    out().flush();
    return CommandLine::Success;
}

// Which command each option goes with; an option given to another command is bad usage.
const QList<std::pair<QString, QStringList>> &optionOwners()
{
    static const QList<std::pair<QString, QStringList>> owners = {
        {QStringLiteral("clients"), {QStringLiteral("demo")}},
        {QStringLiteral("search"), {QStringLiteral("list")}},
        {QStringLiteral("backup"), {QStringLiteral("restore")}},
        {QStringLiteral("from"), {QStringLiteral("stats")}},
        {QStringLiteral("to"), {QStringLiteral("stats")}},
        {QStringLiteral("csv"), {QStringLiteral("stats"), QStringLiteral("audit")}},
        {QStringLiteral("pdf"), {QStringLiteral("stats")}},
        {QStringLiteral("plan"),
         {QStringLiteral("pdf"), QStringLiteral("export"), QStringLiteral("sign"),
          QStringLiteral("ics")}},
        {QStringLiteral("lang"),
         {QStringLiteral("pdf"), QStringLiteral("export"), QStringLiteral("programme"),
          QStringLiteral("ics")}},
        {QStringLiteral("out"),
         {QStringLiteral("pdf"), QStringLiteral("export"), QStringLiteral("programme"),
          QStringLiteral("ics")}},
        {QStringLiteral("client-copy"), {QStringLiteral("pdf")}},
        {QStringLiteral("receiver"), {QStringLiteral("export")}},
        {QStringLiteral("with-life-situation"), {QStringLiteral("export")}},
        {QStringLiteral("date"), {QStringLiteral("sign")}},
        {QStringLiteral("officer"),
         {QStringLiteral("sign"), QStringLiteral("export"), QStringLiteral("pdf")}},
    };
    return owners;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("demo"),   QStringLiteral("list"),    QStringLiteral("check"),
            QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("stats"),
            QStringLiteral("pdf"),    QStringLiteral("export"),  QStringLiteral("import"),
            QStringLiteral("sign"),   QStringLiteral("audit"),   QStringLiteral("programme"),
            QStringLiteral("ics")};
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--pdf")))
            return true; // stats --pdf
    }
    return arguments.contains(QStringLiteral("pdf")) ||
           arguments.contains(QStringLiteral("export")) ||
           arguments.contains(QStringLiteral("programme"));
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
        QStringLiteral("--database"),       QStringLiteral("--bench-startup"),
        QStringLiteral("-platform"),        QStringLiteral("-style"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-display"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-qwindowicon"),
        QStringLiteral("-reverse")};
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
           "  check    show the schema version, the integrity, the counts and the newest backup\n"
           "  backup   write a backup copy now into the backups folder beside the database\n"
           "  restore  replace the database with --backup FILE, keeping a copy of it first\n"
           "  stats    print the anonymous follow-up statistics for a range of years:\n"
           "           [--from YEAR] [--to YEAR] [--csv | --pdf FILE.pdf]\n"
           "  pdf      write a plan as PDF/A: --plan ID --out FILE.pdf [--lang fi|sv|en]\n"
           "           [--client-copy: the client's own copy in plain language]\n"
           "  export   write a plan for the employment authority, PDF/A and JSON: --plan ID\n"
           "           --out DIR [--receiver TEXT] [--with-life-situation]\n"
           "  import   import a plan file (JSON) from another municipality as a draft\n"
           "  sign     sign a draft plan: --plan ID [--date DATE] [--officer NAME]\n"
           "  audit    print the audit log, newest first (--csv for CSV)\n"
           "  programme  write the integration programme document as PDF/A:\n"
           "           --out FILE.pdf [--lang fi|sv|en]\n"
           "  ics      write a plan's next meeting as an iCalendar file for the client's phone:\n"
           "           --plan ID --out FILE.ics [--lang fi|sv|en]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("database"), tr("The database file or a postgresql:// address."),
         tr("path")},
        {QStringLiteral("clients"), tr("demo: how many clients (50 if not given)."), tr("number")},
        {QStringLiteral("search"), tr("list: only plans whose client matches the text."),
         tr("text")},
        {QStringLiteral("backup"), tr("restore: the backup file to restore."), tr("path")},
        {QStringLiteral("from"), tr("stats: the first year (this year if not given)."), tr("year")},
        {QStringLiteral("to"), tr("stats: the last year (this year if not given)."), tr("year")},
        {QStringLiteral("csv"), tr("stats, audit: print CSV (RFC 4180).")},
        {QStringLiteral("pdf"), tr("stats: write the statistics as a PDF/A file instead."),
         tr("path")},
        {QStringLiteral("plan"), tr("pdf, export, sign: the plan's id, as list shows it."),
         tr("id")},
        {{QStringLiteral("lang"), QStringLiteral("language")},
         tr("pdf, export, programme: the language of the printed document: fi, sv or en."),
         tr("language")},
        {QStringLiteral("out"), tr("pdf, programme: the PDF file to write; export: the folder."),
         tr("path")},
        {QStringLiteral("client-copy"),
         tr("pdf: the client's own copy in plain language instead of the form.")},
        {QStringLiteral("receiver"), tr("export: who receives the plan."), tr("text")},
        {QStringLiteral("with-life-situation"),
         tr("export: include the life-situation summary (it may hold health data).")},
        {QStringLiteral("date"), tr("sign: the signing date (today if not given)."), tr("date")},
        {QStringLiteral("officer"),
         tr("sign, export, pdf: the officer (the settings' name if not given)."), tr("name")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("one of: %1").arg(commands().join(QStringLiteral(", "))));

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
    for (const auto &[option, owners] : optionOwners()) {
        if (parser.isSet(option) && !owners.contains(command))
            return badUsage(
                tr("--%1 goes with %2 only.").arg(option, owners.join(QStringLiteral(", "))));
    }
    if (command == QLatin1String("restore") && !parser.isSet(QStringLiteral("backup")))
        return badUsage(tr("restore needs --backup FILE."));

    Database database;
    if (command == QLatin1String("demo"))
        return runDemo(database, parser);
    if (command == QLatin1String("list"))
        return runList(database, parser);
    if (command == QLatin1String("backup"))
        return runBackup(database, parser);
    if (command == QLatin1String("restore"))
        return runRestore(database, parser);
    if (command == QLatin1String("stats"))
        return ProgrammeCommand::runStats(database, parser);
    if (command == QLatin1String("programme"))
        return ProgrammeCommand::runProgramme(database, parser);
    if (command == QLatin1String("pdf"))
        return runPdf(database, parser);
    if (command == QLatin1String("export"))
        return runExport(database, parser);
    if (command == QLatin1String("import"))
        return runImport(database, parser);
    if (command == QLatin1String("sign"))
        return runSign(database, parser);
    if (command == QLatin1String("audit"))
        return runAudit(database, parser);
    if (command == QLatin1String("ics"))
        return IcsCommand::run(database, parser);
    return runCheck(database, parser);
}

} // namespace kotoplan
