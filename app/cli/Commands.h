// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;

namespace kotoplan {

class Database;

namespace cli {

// One command of the command line: its name, whether it lays out text (and so needs a
// QGuiApplication for the fonts), and its run function, which checks its own arguments, opens
// the database and returns the exit code. Each command lives in a file of its own named after
// it; a new command is one more file, one more line in commands(), and its options in
// CommandLineOptions.cpp.
struct Command
{
    QString name;
    bool laysOutText = false;
    int (*run)(Database &database, const QCommandLineParser &parser) = nullptr;
};

// Every command, in the order the help lists them.
const QList<Command> &commands();

int runDemo(Database &database, const QCommandLineParser &parser);      // DemoCommand.cpp
int runList(Database &database, const QCommandLineParser &parser);      // ListCommand.cpp
int runCheck(Database &database, const QCommandLineParser &parser);     // CheckCommand.cpp
int runBackup(Database &database, const QCommandLineParser &parser);    // BackupCommand.cpp
int runRestore(Database &database, const QCommandLineParser &parser);   // RestoreCommand.cpp
int runStats(Database &database, const QCommandLineParser &parser);     // StatsCommand.cpp
int runPdf(Database &database, const QCommandLineParser &parser);       // PdfCommand.cpp
int runExport(Database &database, const QCommandLineParser &parser);    // ExportCommand.cpp
int runImport(Database &database, const QCommandLineParser &parser);    // ImportCommand.cpp
int runSign(Database &database, const QCommandLineParser &parser);      // SignCommand.cpp
int runAudit(Database &database, const QCommandLineParser &parser);     // AuditCommand.cpp
int runProgramme(Database &database, const QCommandLineParser &parser); // ProgrammeCommand.cpp

} // namespace cli
} // namespace kotoplan
