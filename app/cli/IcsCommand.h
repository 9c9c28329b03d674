// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QCommandLineParser;

namespace kotoplan {

class Database;

// kotoplan ics --database PATH --plan ID --out FILE.ics [--lang fi|sv|en]: the plan's next
// meeting as an iCalendar file for the client's phone.
namespace IcsCommand {
int run(Database &database, const QCommandLineParser &parser);
} // namespace IcsCommand

} // namespace kotoplan
