// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/PostgresLogin.h"

namespace kotoplan {

PostgresLogin::Problem PostgresLogin::classify(const QSqlError &error)
{
    // A failed login carries no SQLSTATE through Qt's driver: libpq's message is all there is.
    // The server's part is English unless the administrator set lc_messages otherwise; anything
    // not recognised falls back to Other, whose message is still clear.
    const QString text = error.databaseText();
    const auto has = [&text](const char *part) {
        return text.contains(QLatin1String(part), Qt::CaseInsensitive);
    };
    if (has("database \"") && has("does not exist"))
        return Problem::NoDatabase;
    if (has("password authentication failed") || has("no password supplied") ||
        (has("role \"") && has("does not exist")) || has("no pg_hba.conf entry") ||
        has("authentication failed") || has("not permitted to log in"))
        return Problem::LoginRefused;
    if (has("SSL") || has("certificate"))
        return Problem::Tls;
    if (has("Connection refused") || has("could not connect") || has("timeout expired") ||
        has("could not translate host name") || has("No route to host") ||
        has("Network is unreachable") || has("Name or service not known") ||
        has("server closed the connection"))
        return Problem::Unreachable;
    return Problem::Other;
}

QString PostgresLogin::message(Problem problem, const PostgresUrl &url)
{
    const QString role = url.user().isEmpty() ? qEnvironmentVariable("USER") : url.user();
    switch (problem) {
    case Problem::Unreachable:
        return tr("The database server of %1 cannot be reached. Check the address and the "
                  "network, or ask the administrator whether the server is running.")
            .arg(url.shown());
    case Problem::LoginRefused:
        return tr("The database server of %1 refused the login of the role %2. Check the role "
                  "and its password in the PostgreSQL password file (.pgpass) or PGPASSWORD.")
            .arg(url.shown(), role);
    case Problem::NoDatabase:
        return tr("The database server has no database %1. Check the address, or ask the "
                  "administrator to create it.")
            .arg(url.database());
    case Problem::Tls:
        return tr("A secure connection to %1 could not be made. Check sslmode and the "
                  "certificates in the address.")
            .arg(url.shown());
    case Problem::Other:
        break;
    }
    return tr("Kotoplan cannot connect to the database %1.").arg(url.shown());
}

} // namespace kotoplan
