// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A team's shared database on PostgreSQL: the address, the failures an officer may meet when
// connecting, and two officers at once. Tests tagged [server] need the test server.
#include "ServerRoles.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/OfficerRights.h"
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
using kotoplan::test::addressAs;
using kotoplan::test::addressOf;
using kotoplan::test::ScopedEnv;
using kotoplan::test::TestRole;

namespace {

// What `kotoplan init` grants a team's officers, here to one officer's own role.
void grantOfficerRights(const QSqlDatabase &owner, const QString &role)
{
    const OfficerRights::Result granted = OfficerRights::grant(owner, role);
    INFO(granted.message.toStdString());
    REQUIRE(granted.ok);
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

TEST_CASE("A server on another machine needs TLS, and the options cannot name another server",
          "[shared]")
{
    QString error;
    for (const char *plain : {"postgresql://liisa@db.vaasa.fi/kotoplan",
                              "postgresql://liisa@db.vaasa.fi/kotoplan?"
                              "sslmode=prefer",
                              "postgresql://liisa@10.0.0.5/kotoplan?sslmode=allow",
                              "postgresql://liisa@[2001:db8::1]/kotoplan?sslmode=disable"}) {
        INFO(plain);
        error.clear();
        CHECK_FALSE(PostgresUrl::parse(QString::fromLatin1(plain), &error).isValid());
        CHECK(error.contains(QStringLiteral("only over an encrypted connection (TLS)")));
        CHECK(error.contains(QStringLiteral("sslmode=verify-full")));
    }
    for (const char *encrypted : {"postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=require",
                                  "postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=verify-ca",
                                  "postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=verify-full"})
        CHECK(PostgresUrl::parse(QString::fromLatin1(encrypted), &error).isValid());
    // On this machine the connection never leaves it.
    for (const char *local : {"postgresql://liisa@localhost/kotoplan",
                              "postgresql://liisa@127.0.0.1:5433/kotoplan?sslmode=disable",
                              "postgresql://liisa@[::1]/kotoplan", "postgresql:///kotoplan",
                              "postgresql:///kotoplan?host=/var/run/postgresql"})
        CHECK(PostgresUrl::parse(QString::fromLatin1(local), &error).isValid());

    // host= would send the connection elsewhere than the address that messages name.
    for (const char *elsewhere :
         {"postgresql://liisa@127.0.0.1/kotoplan?host=db.evil.example",
          "postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=require&host=/tmp",
          "postgresql:///kotoplan?host=db.evil.example&sslmode=require"}) {
        INFO(elsewhere);
        error.clear();
        CHECK_FALSE(PostgresUrl::parse(QString::fromLatin1(elsewhere), &error).isValid());
        CHECK(error.contains(QStringLiteral("names another server")));
    }

    // Through Database::open: nothing is tried, the reason is given.
    Database database;
    const Database::OpenResult opened =
        database.open(QStringLiteral("postgresql://liisa@db.vaasa.fi/kotoplan"));
    CHECK(opened.status == Database::Status::CannotOpen);
    CHECK(opened.message.contains(QStringLiteral("encrypted connection")));
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
    grantOfficerRights(db.connection(), liisa.name());
    grantOfficerRights(db.connection(), matti.name());
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

TEST_CASE("Every table of the schema has its officers' rights decided, and nothing else",
          "[shared][server]")
{
    const TestRole officer(QStringLiteral("later"));
    test::TempDatabase db;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = 'public' ORDER BY 1")));
    QStringList inSchema;
    while (query.next())
        inSchema.append(query.value(0).toString());
    QStringList decided;
    for (const OfficerRights::TableRights &rights : OfficerRights::tables())
        decided.append(rights.table);
    decided.sort();
    // A table a later migration adds is no officer's until OfficerRights names it.
    CHECK(inSchema == decided);

    // Data only: the schema stays the owner's.
    grantOfficerRights(db.connection(), officer.name());
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database desk;
    REQUIRE(desk.open(addressAs(db.location(), officer.name())).ok());
    QSqlQuery asOfficer(desk.connection());
    CHECK_FALSE(asOfficer.exec(QStringLiteral("CREATE TABLE officers_own (id INTEGER)")));
    CHECK_FALSE(asOfficer.exec(QStringLiteral("DROP TABLE plan_exchange")));
    CHECK_FALSE(asOfficer.exec(QStringLiteral("CREATE TEMP TABLE plan (id BIGINT)")));
}
