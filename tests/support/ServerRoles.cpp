// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerRoles.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QUrl>

namespace kotoplan::test {

TestRole::TestRole(const QString &purpose, const QString &options)
    : m_name(QStringLiteral("kotoplan_%1_%2").arg(purpose).arg(QCoreApplication::applicationPid()))
{
    REQUIRE(execOnServer(QStringLiteral("CREATE ROLE %1 %2").arg(m_name, options)));
}

QString TestRole::loginOptions()
{
    return QStringLiteral("LOGIN PASSWORD '%1'").arg(QLatin1String(password));
}

TestRole::~TestRole()
{
    execOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
}

ScopedEnv::ScopedEnv(const char *name, const QByteArray &value)
    : m_name(name)
    , m_had(qEnvironmentVariableIsSet(name))
    , m_old(qgetenv(name))
{
    qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_had)
        qputenv(m_name, m_old);
    else
        qunsetenv(m_name);
}

QString addressAs(const QString &location, const QString &role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

QString addressOf(const QString &database)
{
    QUrl url(postgresServerUrl());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace kotoplan::test
