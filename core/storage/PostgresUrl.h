// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// A shared database on a PostgreSQL server, given as
// postgresql://role@host:port/database?sslmode=require. It never holds a password: libpq reads
// it from the password file (~/.pgpass, PGPASSFILE) or PGPASSWORD, so it is in no setting or log.
class PostgresUrl
{
    Q_DECLARE_TR_FUNCTIONS(PostgresUrl)

public:
    // Whether the text is meant as a server address rather than a file path.
    static bool isUrl(const QString &text);
    // Reads the address; on a mistake `error` says what is wrong (in the user's language).
    static PostgresUrl parse(const QString &text, QString *error);

    bool isValid() const { return !m_database.isEmpty(); }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; } // empty: libpq's default (the login name)
    // libpq keywords for QSqlDatabase::setConnectOptions: TLS and the other options of the
    // address, a connect timeout unless one is given.
    QString connectOptions() const { return m_options; }
    // The address without its options, for messages.
    QString shown() const;
    // The same server and role, another database.
    PostgresUrl withDatabase(const QString &database) const;

    void applyTo(QSqlDatabase &db) const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_options;
};

} // namespace kotoplan
