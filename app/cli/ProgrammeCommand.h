// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QCommandLineParser;

namespace kotoplan {

class Database;

// The integration programme's commands, kept out of CommandLine: stats prints the anonymous
// follow-up figures (as text, CSV, or a PDF/A file with --pdf), programme writes the
// programme document as PDF/A. Both name the municipality from the settings.
class ProgrammeCommand
{
public:
    static int runStats(Database &database, const QCommandLineParser &parser);
    static int runProgramme(Database &database, const QCommandLineParser &parser);
};

} // namespace kotoplan
