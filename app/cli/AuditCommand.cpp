// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan audit: the audit log, newest first, as tab-separated lines or CSV.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "exchange/AuditLogExport.h"
#include "storage/Database.h"
#include "stores/AuditLog.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runAudit(Database &database, const QCommandLineParser &parser)
{
    int code = 0;
    if (!openDatabase(database, parser, &code))
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

} // namespace kotoplan::cli
