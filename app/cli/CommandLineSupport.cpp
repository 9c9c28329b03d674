// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLineSupport.h"

#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "print/PrintLanguage.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"

#include <QCommandLineParser>
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

} // namespace kotoplan::cli
