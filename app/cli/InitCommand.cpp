// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/InitCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "storage/ClientSearch.h"
#include "storage/Database.h"
#include "storage/OfficerRights.h"
#include "storage/PostgresUrl.h"

#include <QCommandLineParser>
#include <QDir>

namespace kotoplan {

int InitCommand::run(Database &database, const QCommandLineParser &parser)
{
    const QString location = parser.value(QStringLiteral("database"));
    const bool shared = PostgresUrl::isUrl(location);
    if (!shared && parser.isSet(QStringLiteral("officers")))
        return cli::badUsage(CommandLine::tr("--officers is for a shared PostgreSQL database: a "
                                             "database file has no roles."));
    int code = 0;
    if (!cli::openDatabase(database, location, true, &code))
        return code;
    const QString shown = shared ? database.path() : QDir::toNativeSeparators(database.path());
    cli::out() << CommandLine::tr("%1 is ready: database version %2.")
                      .arg(shown)
                      .arg(database.schemaVersion())
               << Qt::endl;
    if (!shared)
        return CommandLine::Success;

    const QString group = parser.isSet(QStringLiteral("officers"))
                              ? parser.value(QStringLiteral("officers"))
                              : QString::fromLatin1(OfficerRights::defaultGroup);
    const OfficerRights::Result granted = OfficerRights::grant(database.connection(), group);
    if (!granted.ok)
        return cli::failure(granted.message);
    cli::out()
        << CommandLine::tr("The members of the role %1 may now work in it as officers.").arg(group)
        << Qt::endl;
    if (const QString ctype = latinOnlySearchIndex(database.connection()); !ctype.isEmpty())
        cli::err() << CommandLine::tr(
                          "Note: the database classifies characters as the locale %1 does, so "
                          "its search index holds only the Latin letters of names: a search for "
                          "a name in another script reads every client. A database created with "
                          "LOCALE 'C.UTF-8' indexes every script (see the README).")
                          .arg(ctype)
                   << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan
