// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kotoplan {

// The non-interactive jobs (demo, list, check, pdf, export, …) and --version: parses the
// arguments and runs the command, each in a file of its own (cli/Commands.h). Exit codes: 0 done,
// 1 failed (the message says why), 2 bad usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        BadUsage = 2
    };

    // True when the arguments ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    static QStringList commands();
    // True for the commands that lay out text (pdf): they need a QGuiApplication.
    static bool needsFonts(const QStringList &arguments);
    // Runs the command; needs a QCoreApplication.
    static int run(const QStringList &arguments);
};

} // namespace kotoplan
