// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A team's shared database on PostgreSQL: the address, the failures an officer may meet when
// connecting, and two officers at once. Tests tagged [server] need the test server.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlDialect.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>

using namespace kotoplan;

namespace {

// A login role on the test server for the length of a test, with a password that only the
// environment of this process knows (libpq reads PGPASSWORD, as it would the password file).
class TestRole
{
public:
    explicit TestRole(const QString &purpose)
        : m_name(
              QStringLiteral("kotoplan_%1_%2").arg(purpose).arg(QCoreApplication::applicationPid()))
    {
        REQUIRE(test::execOnServer(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                       .arg(m_name, QLatin1String(password))));
    }
    ~TestRole() { test::execOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name)); }
    QString name() const { return m_name; }
    static constexpr const char *password = "officer-secret";

private:
    QString m_name;
};

// Sets an environment variable for the scope of a test.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
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

// The address of `database` on the test server, logged in as `role`.
QString addressAs(const QString &location, const QString &role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

QString addressOf(const QString &database)
{
    QUrl url(test::postgresServerUrl());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// The rights README gives a team's officers: data, no schema, also in tables the owner (here
// the role of the test server's address) adds later.
void grantOfficerRights(const QString &location, const QString &role)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("grant-%1").arg(role));
    {
        QString error;
        PostgresUrl::parse(location, &error).applyTo(db);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT current_user")));
        REQUIRE(query.next());
        const QString owner = query.value(0).toString();
        for (const QString &statement :
             {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
              QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                             "TO %1"),
              QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"),
              QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1"),
              QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %2 IN SCHEMA public "
                             "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1"),
              QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %2 IN SCHEMA public "
                             "GRANT USAGE ON SEQUENCES TO %1")})
            REQUIRE(query.exec(statement.arg(role, owner)));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("grant-%1").arg(role));
}

int tableCount(const QString &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("count"));
    int count = -1;
    {
        QString error;
        PostgresUrl::parse(location, &error).applyTo(db);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                          "WHERE table_schema = 'public'")) &&
                query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

} // namespace

TEST_CASE("A postgresql:// address is read into server, port, database, role and options",
          "[shared]")
{
    QString error;
    const PostgresUrl url = PostgresUrl::parse(
        QStringLiteral("postgresql://liisa@db.vaasa.fi:5433/kotoplan?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/vaasa%20ca.pem"),
        &error);
    REQUIRE(url.isValid());
    CHECK(error.isEmpty());
    CHECK(url.host() == QStringLiteral("db.vaasa.fi"));
    CHECK(url.port() == 5433);
    CHECK(url.database() == QStringLiteral("kotoplan"));
    CHECK(url.user() == QStringLiteral("liisa"));
    CHECK(url.connectOptions().contains(QStringLiteral("sslmode='verify-full'")));
    CHECK(url.connectOptions().contains(QStringLiteral("sslrootcert='/etc/ssl/vaasa ca.pem'")));
    CHECK(url.connectOptions().contains(QStringLiteral("connect_timeout=10")));
    CHECK(url.shown() == QStringLiteral("postgresql://liisa@db.vaasa.fi:5433/kotoplan"));

    CHECK(PostgresUrl::isUrl(QStringLiteral("postgres://x/y")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("/home/liisa/kotoplan.sqlite")));
    CHECK_FALSE(PostgresUrl::isUrl(QStringLiteral("C:\\Users\\liisa\\kotoplan.sqlite")));
}

TEST_CASE("An address with a password, an unknown option or no database is refused clearly",
          "[shared]")
{
    QString error;
    CHECK_FALSE(PostgresUrl::parse(QStringLiteral("postgresql://liisa:secret@db/kotoplan"), &error)
                    .isValid());
    CHECK(error.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(error.contains(QStringLiteral("secret")));

    CHECK_FALSE(
        PostgresUrl::parse(QStringLiteral("postgresql://liisa@db/kotoplan?password=x"), &error)
            .isValid());
    CHECK(error.contains(QStringLiteral("unknown option: password")));

    CHECK_FALSE(PostgresUrl::parse(QStringLiteral("postgresql://liisa@db/"), &error).isValid());
    CHECK(error.contains(QStringLiteral("names no database")));

    // Through Database::open the same words reach the officer, and nothing is open.
    Database database;
    const Database::OpenResult opened =
        database.open(QStringLiteral("postgresql://liisa:secret@db/kotoplan"));
    CHECK(opened.status == Database::Status::CannotOpen);
    CHECK(opened.message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(database.isOpen());
}

TEST_CASE("An unreachable server gives a clear message and no crash", "[shared]")
{
    Database database;
    // Port 1 on loopback: nothing listens there, the refusal comes at once.
    const Database::OpenResult opened =
        database.open(QStringLiteral("postgresql://liisa@127.0.0.1:1/kotoplan?connect_timeout=5"));
    CHECK(opened.status == Database::Status::Unreachable);
    CHECK(opened.message.contains(QStringLiteral("postgresql://liisa@127.0.0.1:1/kotoplan")));
    CHECK(opened.message.contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE(database.isOpen());
}

TEST_CASE("A shared database is created on first open and records its schema version",
          "[shared][server]")
{
    test::TempDatabase db;
    CHECK(db.database().isShared());
    CHECK(SqlDialect(db.connection()).engine() == SqlDialect::Engine::PostgreSql);
    CHECK(db.database().schemaVersion() == Database::latestSchemaVersion(true));
    CHECK(db.database().quickCheck() == QStringLiteral("ok"));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM service")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() > 0);

    // Opened again, nothing runs twice.
    Database again;
    REQUIRE(again.open(db.location()).ok());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion(true));
}

TEST_CASE("A wrong password gives a clear message and no crash", "[shared][server]")
{
    const TestRole role(QStringLiteral("wrongpw"));
    const ScopedEnv password("PGPASSWORD", "not-the-password");
    Database database;
    const Database::OpenResult opened =
        database.open(addressAs(test::postgresServerUrl(), role.name()));
    CHECK(opened.status == Database::Status::LoginRefused);
    CHECK(opened.message.contains(role.name()));
    CHECK(opened.message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(opened.message.contains(QStringLiteral("not-the-password")));
    CHECK_FALSE(database.isOpen());
}

TEST_CASE("A database the server does not have is named in the message", "[shared][server]")
{
    Database database;
    const Database::OpenResult opened =
        database.open(addressOf(QStringLiteral("kotoplan_no_such_database")));
    CHECK_FALSE(opened.ok());
    CHECK(opened.message.contains(QStringLiteral("has no database kotoplan_no_such_database")));
    CHECK_FALSE(database.isOpen());
}

TEST_CASE("A database without the schema that the role may not create is explained, untouched",
          "[shared][server]")
{
    const TestRole officer(QStringLiteral("noschema"));
    const QString name =
        QStringLiteral("kotoplan_empty_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(test::execOnServer(QStringLiteral("CREATE DATABASE %1").arg(name)));
    {
        const ScopedEnv password("PGPASSWORD", TestRole::password);
        Database database;
        const Database::OpenResult opened =
            database.open(addressAs(addressOf(name), officer.name()));
        CHECK(opened.status == Database::Status::NotSetUp);
        CHECK(opened.message.contains(QStringLiteral("has no Kotoplan tables yet")));
        CHECK(opened.message.contains(officer.name()));
        CHECK_FALSE(database.isOpen());
    }
    CHECK(tableCount(addressOf(name)) == 0);

    // Someone else's tables are never mixed with Kotoplan's.
    REQUIRE(test::execOnServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)));
    REQUIRE(test::execOnServer(QStringLiteral("CREATE DATABASE %1").arg(name)));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
        QString error;
        PostgresUrl::parse(addressOf(name), &error).applyTo(other);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE payroll (id INTEGER)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    {
        Database database;
        const Database::OpenResult opened = database.open(addressOf(name));
        CHECK(opened.status == Database::Status::CannotOpen);
        CHECK_FALSE(opened.offersBackup());
        CHECK(opened.message.contains(QStringLiteral("holds other tables")));
    }
    CHECK(tableCount(addressOf(name)) == 1);
    test::execOnServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_CASE("A shared database of a newer schema version is refused and left unchanged",
          "[shared][server]")
{
    test::TempDatabase db;
    const int newer = Database::latestSchemaVersion(true) + 1;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO kotoplan_schema (version, applied_at) "
                                      "VALUES (%1, CURRENT_TIMESTAMP)")
                           .arg(newer)));
    const QString before = test::databaseContent(db.connection());

    Database database;
    const Database::OpenResult opened = database.open(db.location());
    CHECK(opened.status == Database::Status::NewerSchema);
    CHECK(opened.message.contains(QStringLiteral("newer version of Kotoplan")));
    CHECK(opened.message.contains(QString::number(newer)));
    CHECK_FALSE(database.isOpen());
    CHECK(test::databaseContent(db.connection()) == before);
}

TEST_CASE("Two officers save the same plan: the second gets a conflict with both versions",
          "[shared][server]")
{
    const TestRole liisa(QStringLiteral("liisa"));
    const TestRole matti(QStringLiteral("matti"));
    test::TempDatabase db; // the owner sets the database up
    grantOfficerRights(db.location(), liisa.name());
    grantOfficerRights(db.location(), matti.name());
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());

    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database liisaDesk;
    Database mattiDesk;
    REQUIRE(liisaDesk.open(addressAs(db.location(), liisa.name())).ok());
    REQUIRE(mattiDesk.open(addressAs(db.location(), matti.name())).ok());
    PlanStore liisaPlans(liisaDesk.connection(),
                         AuditLog(liisaDesk.connection(), {QStringLiteral("Liisa"), {}}));
    PlanStore mattiPlans(mattiDesk.connection(),
                         AuditLog(mattiDesk.connection(), {QStringLiteral("Matti"), {}}));

    Plan liisasCopy = *liisaPlans.load(plan.id);
    Plan mattisCopy = *mattiPlans.load(plan.id);
    liisasCopy.futureWish = QStringLiteral("Liisa's wording");
    mattisCopy.futureWish = QStringLiteral("Matti's wording");
    REQUIRE(liisaPlans.save(liisasCopy).ok());
    const StoreResult second = mattiPlans.save(mattisCopy);
    CHECK(second.status == StoreResult::Status::Conflict);
    CHECK(second.message == QStringLiteral("Someone else changed this plan in the meantime."));
    // Both values are there for the conflict banner: Matti's own, and the stored one.
    CHECK(mattisCopy.futureWish == QStringLiteral("Matti's wording"));
    CHECK(mattiPlans.load(plan.id)->futureWish == QStringLiteral("Liisa's wording"));
    CHECK(mattiPlans.load(plan.id)->rowVersion == liisasCopy.rowVersion);

    // Matti chooses his wording on top of the current version: then it saves.
    Plan chosen = *mattiPlans.load(plan.id);
    chosen.futureWish = mattisCopy.futureWish;
    REQUIRE(mattiPlans.save(chosen).ok());
    CHECK(liisaPlans.load(plan.id)->futureWish == QStringLiteral("Matti's wording"));

    // Each line of the audit log names the officer's own database role, not the settings.
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).actor.officer == matti.name());
    CHECK(lines.at(1).actor.officer == liisa.name());

    // An officer can neither rewrite the log nor lift the protection of signed plans.
    QSqlQuery query(mattiDesk.connection());
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(query.exec(QStringLiteral("DROP TRIGGER plan_signed_no_update ON plan")));
    CHECK(AuditLog(db.connection(), {}).query().size() == 2);
}

TEST_CASE("A table the owner adds in a later upgrade is the officers' without granting again",
          "[shared][server]")
{
    const TestRole officer(QStringLiteral("later"));
    test::TempDatabase db; // the owner sets the database up
    grantOfficerRights(db.location(), officer.name());
    // What an upgrade's migration does, as the owner: a new table with its own sequence.
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("CREATE TABLE later_upgrade (id SERIAL PRIMARY KEY, "
                                     "note TEXT NOT NULL)")));

    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database desk;
    REQUIRE(desk.open(addressAs(db.location(), officer.name())).ok());
    QSqlQuery query(desk.connection());
    CHECK(query.exec(QStringLiteral("INSERT INTO later_upgrade (note) VALUES ('first')")));
    CHECK(query.exec(QStringLiteral("UPDATE later_upgrade SET note = 'changed'")));
    REQUIRE(query.exec(QStringLiteral("SELECT note FROM later_upgrade")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("changed"));
    CHECK(query.exec(QStringLiteral("DELETE FROM later_upgrade")));
    // Data only: the schema stays the owner's.
    CHECK_FALSE(query.exec(QStringLiteral("CREATE TABLE officers_own (id INTEGER)")));
    CHECK_FALSE(query.exec(QStringLiteral("DROP TABLE later_upgrade")));
}
