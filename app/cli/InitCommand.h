// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QCommandLineParser;

namespace kotoplan {

class Database;

// kotoplan init --database PATH|postgresql://OWNER@HOST/DB [--officers ROLE]: creates a new
// database or upgrades one. On a server, run by the database's owner, it also grants the
// officers' group (kotoplan_officers unless given) the rights of OfficerRights and no more.
class InitCommand
{
public:
    static int run(Database &database, const QCommandLineParser &parser);
};

} // namespace kotoplan
