// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLine.h"

#include "cli/CommandLineOptions.h"
#include "cli/CommandLineSupport.h"
#include "cli/Commands.h"
#include "storage/Database.h"

#include <QCommandLineParser>

#include <algorithm>

namespace kotoplan {

QStringList CommandLine::commands()
{
    QStringList names;
    for (const cli::Command &command : cli::commands())
        names.append(command.name);
    return names;
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--pdf")))
            return true; // stats --pdf
    }
    return std::ranges::any_of(cli::commands(), [&arguments](const cli::Command &command) {
        return command.laysOutText && arguments.contains(command.name);
    });
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
    const auto [help, version] = cli::addOptions(parser);
    if (!parser.parse(arguments))
        return cli::badUsage(parser.errorText());
    if (parser.isSet(help)) {
        cli::out() << parser.helpText() << Qt::flush;
        return Success;
    }
    if (parser.isSet(version)) {
        cli::out() << QCoreApplication::applicationName() << ' '
                   << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QList<cli::Command> &all = cli::commands();
    const auto command = std::ranges::find_if(all, [&positional](const cli::Command &candidate) {
        return !positional.isEmpty() && candidate.name == positional.first();
    });
    if (command == all.end() ||
        (positional.size() > 1 && positional.first() != QLatin1String("import")))
        return cli::badUsage(
            tr("Give one command: %1.").arg(commands().join(QStringLiteral(", "))));
    if (int code = 0; !cli::optionsFit(parser, command->name, &code))
        return code;
    Database database;
    return command->run(database, parser);
}

} // namespace kotoplan
