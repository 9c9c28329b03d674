// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kotoplan {

// Where the window's database is, as the setting "database/location" holds it: a file path or a
// postgresql:// address (PostgresUrl); empty for the program's own file (Database::defaultPath).
// The window's start and the Settings dialog share it, so both read a location alike.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    struct TestResult
    {
        bool ok = false;
        QString message; // in the user's language
    };

    // The stored setting, trimmed; empty when none is set.
    static QString configured();
    // Stores the location, trimmed; an empty one removes the setting (the own file again).
    // Check it with problem() first.
    static void setConfigured(const QString &location);

    // What Database::open() takes: the location, or the default file when it is empty.
    static QString resolve(const QString &location);
    static bool isServer(const QString &location);
    // Whether two locations name the same database, the empty one being the default file.
    static bool sameDatabase(const QString &first, const QString &second);

    // Why the location cannot be stored (in the user's language), empty when it can: an address
    // PostgresUrl refuses (one with a password, say), a relative path, a folder, something
    // that is neither a path nor an address.
    static QString problem(const QString &location);

    // Tries the location on a connection of its own and closes it again, changing nothing: an
    // existing database opens read-only, a file that is not there yet is not created.
    static TestResult test(const QString &location);
};

} // namespace kotoplan
