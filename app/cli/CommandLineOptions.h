// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineOption>

#include <utility>

class QCommandLineParser;

namespace kotoplan::cli {

// The help text, --help, --version and the options of every command, added to the parser;
// returns --help and --version for the caller to answer.
std::pair<QCommandLineOption, QCommandLineOption> addOptions(QCommandLineParser &parser);
// The checks every command shares before it runs: --database is given, each option goes only
// with its commands, restore has --backup. False, with the bad-usage exit code, when one fails.
bool optionsFit(const QCommandLineParser &parser, const QString &command, int *exitCode);

} // namespace kotoplan::cli
