// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace kotoplan {

class Database;

// What every command of the command line shares: its output streams, the usage and failure
// exits, opening the database and the print language option.
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
// The print language: --lang, else the settings' default; nullopt for an unknown language.
std::optional<QString> languageOption(const QCommandLineParser &parser);
int badLanguage();

} // namespace cli
} // namespace kotoplan
