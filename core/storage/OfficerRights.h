// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kotoplan {

// The rights of a team's officers on a shared PostgreSQL database: the least the program
// needs, granted by the database's owner with `kotoplan init`, never typed by hand. Officers
// read everything and write data, but delete no plan or plan row (a draft's rows go through
// kotoplan_clear_draft_rows), write nothing of the schema version, the erasure marker or the
// hand-over register's past lines, change no audit line, make no temporary table and no
// object in the schema. Erasure is kotoplan_erase_client, which runs as the owner.
class OfficerRights
{
    Q_DECLARE_TR_FUNCTIONS(OfficerRights)

public:
    static constexpr const char *defaultGroup = "kotoplan_officers";

    struct TableRights
    {
        QString table;
        QStringList privileges; // SELECT, INSERT, UPDATE, DELETE
    };
    // Every table of the schema with the officers' privileges on it; a table not listed is
    // not theirs at all.
    static QList<TableRights> tables();
    // The functions officers may call, with their argument types.
    static QStringList functions();

    struct Result
    {
        bool ok = false;
        QString message; // in the user's language
    };
    // Grants `group` (an existing role, the officers' group) exactly tables() and functions()
    // on the database `db` is connected to, revoking whatever it or PUBLIC held before: CONNECT
    // and TEMPORARY on the database, CREATE in the schema, older grants and default
    // privileges. One transaction; `db` must be connected as the database's owner.
    static Result grant(const QSqlDatabase &db, const QString &group);
};

} // namespace kotoplan
