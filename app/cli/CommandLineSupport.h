// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "print/PdfWriter.h"

#include <QString>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace kotoplan {

class Database;

// What every command of the command line shares: its output streams, the usage and failure
// exits, opening the database and the options several commands take (--plan, --lang,
// --officer). A check that fails prints its message and gives the exit code to return.
namespace cli {

QTextStream &out();
QTextStream &err();
// Prints the message and the hint to --help; returns CommandLine::BadUsage.
int badUsage(const QString &message);
// Prints the message; returns CommandLine::Failure.
int failure(const QString &message);

// Opens an existing database for a command; a command never creates a file by accident,
// except demo, which fills a new one.
bool openDatabase(Database &database, const QString &path, bool mayCreate, int *exitCode);
// Opens the existing database that --database names.
bool openDatabase(Database &database, const QCommandLineParser &parser, int *exitCode);
// True, with the failure, when --database is a PostgreSQL address: backup and restore copy
// SQLite files, a server has its own tools.
bool refuseShared(const QCommandLineParser &parser, int *exitCode);

// The plan's id from --plan; nullopt when it is missing or no id.
std::optional<qint64> planOption(const QCommandLineParser &parser);
// The officer: --officer, else the name in the settings.
QString officerName(const QCommandLineParser &parser);
// The print language: --lang, else the settings' default; nullopt for an unknown language.
std::optional<QString> languageOption(const QCommandLineParser &parser);
int badLanguage();

// After a PDF was written: "Wrote FILE (N pages)." and success, else its failure.
int wrote(const QString &path, const PdfWriter::Result &written);

} // namespace cli
} // namespace kotoplan
