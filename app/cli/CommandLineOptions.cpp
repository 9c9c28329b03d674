// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLineOptions.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "cli/Commands.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

namespace {

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
        {QStringLiteral("take-from-file"), {QStringLiteral("import")}},
        {QStringLiteral("date"), {QStringLiteral("sign")}},
        {QStringLiteral("officer"),
         {QStringLiteral("sign"), QStringLiteral("export"), QStringLiteral("pdf"),
          QStringLiteral("import")}},
        {QStringLiteral("officers"), {QStringLiteral("init")}},
    };
    return owners;
}

} // namespace

std::pair<QCommandLineOption, QCommandLineOption> addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLine::tr(
        "Kotoplan: integration plans for immigrants outside the labour force.\n\n"
        "Commands:\n"
        "  (none)   start the program\n"
        "  init     create or upgrade a database; on a server, as its owner, also grant\n"
        "           the officers' group its rights: [--officers ROLE]\n"
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
        {QStringLiteral("database"),
         CommandLine::tr("The database file or a postgresql:// address."), CommandLine::tr("path")},
        {QStringLiteral("clients"), CommandLine::tr("demo: how many clients (50 if not given)."),
         CommandLine::tr("number")},
        {QStringLiteral("search"),
         CommandLine::tr("list: only plans whose client matches the text."),
         CommandLine::tr("text")},
        {QStringLiteral("backup"), CommandLine::tr("restore: the backup file to restore."),
         CommandLine::tr("path")},
        {QStringLiteral("from"), CommandLine::tr("stats: the first year (this year if not given)."),
         CommandLine::tr("year")},
        {QStringLiteral("to"), CommandLine::tr("stats: the last year (this year if not given)."),
         CommandLine::tr("year")},
        {QStringLiteral("csv"), CommandLine::tr("stats, audit: print CSV (RFC 4180).")},
        {QStringLiteral("pdf"),
         CommandLine::tr("stats: write the statistics as a PDF/A file instead."),
         CommandLine::tr("path")},
        {QStringLiteral("plan"),
         CommandLine::tr("pdf, export, sign: the plan's id, as list shows it."),
         CommandLine::tr("id")},
        {{QStringLiteral("lang"), QStringLiteral("language")},
         CommandLine::tr(
             "pdf, export, programme: the language of the printed document: fi, sv or en."),
         CommandLine::tr("language")},
        {QStringLiteral("out"),
         CommandLine::tr("pdf, programme: the PDF file to write; export: the folder."),
         CommandLine::tr("path")},
        {QStringLiteral("client-copy"),
         CommandLine::tr("pdf: the client's own copy in plain language instead of the form.")},
        {QStringLiteral("receiver"), CommandLine::tr("export: who receives the plan."),
         CommandLine::tr("text")},
        {QStringLiteral("with-life-situation"),
         CommandLine::tr("export: include the life-situation summary (it may hold health data).")},
        {QStringLiteral("date"), CommandLine::tr("sign: the signing date (today if not given)."),
         CommandLine::tr("date")},
        {QStringLiteral("officer"),
         CommandLine::tr("sign, export, pdf, import: the officer (else the settings' name, else "
                         "the computer's account)."),
         CommandLine::tr("name")},
        {QStringLiteral("officers"),
         CommandLine::tr(
             "init: the officers' group on the server (kotoplan_officers if not given)."),
         CommandLine::tr("role")},
        {QStringLiteral("take-from-file"),
         CommandLine::tr("import: the client's fields (address,phone,… or all) whose values in "
                         "the file replace the stored ones of a known client."),
         CommandLine::tr("fields")},
    });
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CommandLine::tr("one of: %1").arg(CommandLine::commands().join(QStringLiteral(", "))));
    return {help, version};
}

bool optionsFit(const QCommandLineParser &parser, const QString &command, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("database"))) {
        *exitCode = badUsage(CommandLine::tr("The command %1 needs --database PATH.").arg(command));
        return false;
    }
    for (const auto &[option, owners] : optionOwners()) {
        if (parser.isSet(option) && !owners.contains(command)) {
            *exitCode = badUsage(CommandLine::tr("--%1 goes with %2 only.")
                                     .arg(option, owners.join(QStringLiteral(", "))));
            return false;
        }
    }
    if (command == QLatin1String("restore") && !parser.isSet(QStringLiteral("backup"))) {
        *exitCode = badUsage(CommandLine::tr("restore needs --backup FILE."));
        return false;
    }
    return true;
}

} // namespace kotoplan::cli
