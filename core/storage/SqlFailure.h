// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kotoplan {

// Turns a database error into words an officer can act on: a full disk, a read-only file or a
// busy database each say so, on SQLite and PostgreSQL. Never repeats the engine's text, which may
// quote stored values.
class SqlFailure
{
    Q_DECLARE_TR_FUNCTIONS(SqlFailure)

public:
    enum class Cause
    {
        Other,
        DiskFull,
        ReadOnly,
        Busy,
        DiskError,
        Damaged,
        ConnectionLost, // PostgreSQL: the server went away
    };

    static Cause cause(const QSqlError &error);
    // One sentence on the cause, empty for Cause::Other.
    static QString explanation(const QSqlError &error);
    // A Failed result: `whatFailed` ("The plan could not be saved.") and the cause.
    static StoreResult result(const QSqlError &error, const QString &whatFailed);

private:
    static Cause postgresCause(const QString &state);
};

} // namespace kotoplan
