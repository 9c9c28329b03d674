// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Every line of the audit log names a person: the schema refuses one that does not, and the
// program names the computer's account from the system, not from the environment.
#include "TestSupport.h"
#include "stores/AuditLog.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace kotoplan;

namespace {
// The account as the system's user database names it.
QString account()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

// Sets an environment variable for the test's span and puts it back afterwards.
class EnvironmentGuard
{
public:
    EnvironmentGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};
} // namespace

TEST_CASE("The schema refuses an audit line that names nobody", "[audit]")
{
    test::TempDatabase db;
    QSqlQuery query(db.connection());
    const QString insert =
        QStringLiteral("INSERT INTO audit_log (at, officer, os_user, action) VALUES "
                       "('2026-11-23T10:00:00.000Z', %1, %2, 'viewed')");
    if (!test::onPostgres()) // a server writes the role as the officer itself
        CHECK_FALSE(query.exec(insert.arg(QStringLiteral("''"), QStringLiteral("'lv'"))));
    CHECK_FALSE(query.exec(insert.arg(QStringLiteral("'Liisa'"), QStringLiteral("''"))));
    CHECK_FALSE(query.exec(insert.arg(QStringLiteral("'Liisa'"), QStringLiteral("'  '"))));
    CHECK(query.exec(insert.arg(QStringLiteral("'Liisa'"), QStringLiteral("'lv'"))));
}

TEST_CASE("The actor's account comes from the system, and names the officer when no one is set",
          "[audit]")
{
    REQUIRE_FALSE(account().isEmpty());
    {
        const EnvironmentGuard user("USER", QByteArrayLiteral("someone-else"));
        CHECK(AuditActor::fromEnvironment(QStringLiteral("Liisa Virtanen")) ==
              AuditActor{QStringLiteral("Liisa Virtanen"), account()});
    }
    const EnvironmentGuard noUser("USER", QByteArray());
    CHECK(AuditActor::fromEnvironment(QString()) == AuditActor{account(), account()});
    CHECK(AuditActor::fromEnvironment(QStringLiteral("  ")) == AuditActor{account(), account()});

    test::TempDatabase db;
    REQUIRE(AuditLog(db.connection(), AuditActor::fromEnvironment({}))
                .append(AuditAction::Viewed, 1, 2));
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query();
    REQUIRE(lines.size() == 1);
    CHECK_FALSE(lines.first().actor.officer.isEmpty());
    CHECK(lines.first().actor.osUser == account());
}
