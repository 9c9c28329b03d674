// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/PostgresUrl.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kotoplan {

// Why a connection to a PostgreSQL server failed, in words an officer can pass on to the
// administrator. Never quotes a password; libpq's own text is not shown.
class PostgresLogin
{
    Q_DECLARE_TR_FUNCTIONS(PostgresLogin)

public:
    enum class Problem
    {
        Unreachable,  // no server answers at the address
        LoginRefused, // wrong password, unknown role, or pg_hba.conf lets the role not in
        NoDatabase,   // the server has no such database
        Tls,          // the secure connection could not be made
        Other,
    };

    static Problem classify(const QSqlError &error);
    static QString message(Problem problem, const PostgresUrl &url);
};

} // namespace kotoplan
