// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace kotoplan {

namespace {

// The libpq connection keywords an address may carry; a password is deliberately not one.
const QStringList allowedOptions = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcrl"),
    QStringLiteral("sslcrldir"),
    QStringLiteral("sslsni"),
    QStringLiteral("channel_binding"),
    QStringLiteral("gssencmode"),
    QStringLiteral("krbsrvname"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("passfile"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"),
    QStringLiteral("tcp_user_timeout"),
    QStringLiteral("host"),
};

// The sslmode values that never fall back to an unencrypted connection.
const QStringList encryptedModes = {QStringLiteral("require"), QStringLiteral("verify-ca"),
                                    QStringLiteral("verify-full")};

// The local machine: a unix socket (no host), localhost or a loopback address.
bool isLocalHost(const QString &host)
{
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host == QLatin1String("::1"))
        return true;
    // 127.0.0.0/8, written as four numbers.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        bool ok = false;
        const int number = part.toInt(&ok);
        return ok && number >= 0 && number <= 255;
    });
}

// A conninfo value in single quotes; Qt turns ';' into the separator, so it cannot appear.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool PostgresUrl::isUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PostgresUrl PostgresUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    PostgresUrl result;
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return PostgresUrl();
    };
    if (!isUrl(text) || !url.isValid())
        return refuse(tr("The database address is not a valid postgresql:// address."));
    if (!url.password().isEmpty())
        return refuse(tr("The database address contains a password. Remove it and put the "
                         "password in the PostgreSQL password file (.pgpass) instead."));
    result.m_host = url.host();
    result.m_port = url.port(-1);
    result.m_user = url.userName();
    result.m_database = url.path().mid(1);
    if (result.m_database.isEmpty() || result.m_database.contains(QLatin1Char('/')))
        return refuse(tr("The database address names no database: add it after the server, "
                         "as in postgresql://officer@server/kotoplan."));

    QStringList options;
    bool timeout = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions.contains(key))
            return refuse(tr("The database address has an unknown option: %1.").arg(key));
        if (value.contains(QLatin1Char(';')))
            return refuse(
                tr("The option %1 of the database address cannot contain a semicolon.").arg(key));
        // libpq would connect to the option's host while every message named the address's.
        if (key == QLatin1String("host") &&
            (!result.m_host.isEmpty() || !value.startsWith(QLatin1Char('/'))))
            return refuse(tr("The option host of the database address names another server "
                             "than the address itself. Give the server once, after "
                             "postgresql://; the option host may only name the socket folder "
                             "of a server on this machine, in an address without a server."));
        options.append(key + QLatin1Char('=') + quoted(value));
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    // Across a network, names, plans and the officer's login travel only encrypted: libpq's
    // default (prefer) would fall back to plain text without a word.
    const QString sslmode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    if (!isLocalHost(result.m_host) && !encryptedModes.contains(sslmode))
        return refuse(tr("The server %1 is on another machine, so Kotoplan connects to it only "
                         "over an encrypted connection (TLS), which the address does not "
                         "require. Add ?sslmode=verify-full to the address (with sslrootcert= "
                         "naming the certificate of the server's authority), or at least "
                         "?sslmode=require.")
                          .arg(result.m_host));
    // An unreachable server then says so within seconds instead of hanging the window.
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name=kotoplan"));
    result.m_options = options.join(QLatin1Char(';'));
    return result;
}

QString PostgresUrl::shown() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    text +=
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    return text + QLatin1Char('/') + m_database;
}

PostgresUrl PostgresUrl::withDatabase(const QString &database) const
{
    PostgresUrl other = *this;
    other.m_database = database;
    return other;
}

void PostgresUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(QString());
    db.setConnectOptions(m_options);
}

} // namespace kotoplan
