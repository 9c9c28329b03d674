// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLineSupport.h"

#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "print/PrintLanguage.h"
#include "settings/OfficerSettings.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace kotoplan::cli {

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

bool openDatabase(Database &database, const QString &path, bool mayCreate, int *exitCode)
{
    if (!mayCreate && !PostgresUrl::isUrl(path) && !QFileInfo::exists(path)) {
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

bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode)
{
    return openDatabase(database, parser.value(QStringLiteral("database")), false, exitCode);
}

bool refuseShared(const QCommandLineParser &parser, int *exitCode)
{
    if (!PostgresUrl::isUrl(parser.value(QStringLiteral("database"))))
        return false;
    *exitCode = failure(CommandLine::tr("A shared PostgreSQL database is backed up and restored "
                                        "on the server by its administrator (pg_dump), not by "
                                        "Kotoplan."));
    return true;
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

std::optional<QString> languageOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return PrintLanguage::defaultCode();
    const QString language = parser.value(QStringLiteral("lang"));
    if (!translations::languages().contains(language))
        return std::nullopt;
    return language;
}

int badLanguage()
{
    return badUsage(CommandLine::tr("--lang takes one of: %1.")
                        .arg(translations::languages().join(QStringLiteral(", "))));
}

int wrote(const QString &path, const PdfWriter::Result &written)
{
    if (!written.ok)
        return failure(written.message);
    out() << CommandLine::tr("Wrote %1 (%n page(s)).", nullptr, written.pages)
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace kotoplan::cli
