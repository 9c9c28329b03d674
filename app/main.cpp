// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "window/Icons.h"
#include "window/WindowRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

namespace {

// Started first thing in main(): the benchmark's measure of the start to a usable window.
QElapsedTimer startTimer;

// For the benchmark: once the window is shown and the event loop turns, prints
// "ready <ms since main> <peak resident KiB>" and quits.
void reportStartup(QApplication &app)
{
    QTimer::singleShot(0, &app, [&app] {
        QByteArray peak = "0";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peak = line.mid(6).trimmed().split(' ').first();
            }
        }
        printf("ready %lld %s\n", static_cast<long long>(startTimer.elapsed()), peak.constData());
        fflush(stdout);
        app.quit();
    });
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kotoplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Kotoplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOTOPLAN_VERSION));
}

// Every file the program writes holds personal data: readable by its owner alone.
void restrictNewFilesToOwner()
{
#ifdef Q_OS_UNIX
    umask(S_IRWXG | S_IRWXO);
#endif
    // Windows has no umask: files inherit the access list of their folder, and the program's
    // own (AppDataLocation) is in the user's profile, closed to other users.
}

// A Windows window program (WIN32_EXECUTABLE) has no console: a command typed in one writes
// its output there all the same.
void attachToConsole()
{
#ifdef Q_OS_WIN
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        kotoplan::CommandLine::tr("The database file or a postgresql:// address."),
        kotoplan::CommandLine::tr("path"));
    parser.addOption(databaseOption);
    QCommandLineOption benchOption(QStringLiteral("bench-startup"));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchOption);
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        const QString message = parser.errorText().isEmpty()
                                    ? kotoplan::CommandLine::tr("Unknown command: %1")
                                          .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                                    : parser.errorText();
        fprintf(stderr, "%s\n", qUtf8Printable(message));
        return kotoplan::CommandLine::BadUsage;
    }
    // --database for the first window, else the setting (DatabaseLocation): a file, a
    // postgresql:// address, or the program's own file.
    if (parser.isSet(benchOption))
        reportStartup(app);
    kotoplan::WindowRunner runner;
    return runner.run(parser.isSet(databaseOption) ? parser.value(databaseOption) : QString());
}

} // namespace

int main(int argc, char *argv[])
{
    startTimer.start();
    restrictNewFilesToOwner();
    const QStringList arguments = argumentList(argc, argv);
    if (kotoplan::CommandLine::isCommand(arguments)) {
        attachToConsole();
        std::unique_ptr<QCoreApplication> app;
        if (kotoplan::CommandLine::needsFonts(arguments)) {
            // Fonts need a QGuiApplication; a command needs no screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        kotoplan::translations::installUiLanguage(
            kotoplan::translations::languageFor(QLocale::system()));
        return kotoplan::CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("kotoplan"));
    QGuiApplication::setWindowIcon(kotoplan::icons::application());
    // The language chosen in the menu before, else the system's; the command line above keeps
    // to the system's, as command-line tools do.
    kotoplan::translations::installUiLanguage(kotoplan::translations::startLanguage());
    return runWindow(app);
}
