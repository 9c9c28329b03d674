// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

namespace kotoplan::test {

// A login role on the test server for the length of a test, with a password that only the
// environment of this process knows (libpq reads PGPASSWORD, as it would the password file).
class TestRole
{
public:
    // A login with the password below; `options` go after CREATE ROLE name instead, e.g.
    // "NOLOGIN" for a group, or loginOptions() + " IN ROLE group".
    explicit TestRole(const QString &purpose, const QString &options = loginOptions());
    static QString loginOptions();
    ~TestRole();
    TestRole(const TestRole &) = delete;
    TestRole &operator=(const TestRole &) = delete;
    QString name() const { return m_name; }
    static constexpr const char *password = "officer-secret";

private:
    QString m_name;
};

// Sets an environment variable for the scope of a test.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// The address `location` logged in as `role`.
QString addressAs(const QString &location, const QString &role);
// The address of `database` on the test server, as its administrator.
QString addressOf(const QString &database);

} // namespace kotoplan::test
