// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A team's database set up by `kotoplan init` holds against its own officers: every statement
// that would undo a record is refused to an officer's role, the audit log names the login,
// and the officer's journey works with the officer's rights alone. [server]: on the test server.
#include "CliRunner.h"
#include "ServerRoles.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/OfficerRights.h"
#include "stores/AuditLog.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceStarts.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kotoplan;
using kotoplan::test::addressAs;
using kotoplan::test::addressOf;
using kotoplan::test::ScopedEnv;
using kotoplan::test::TestRole;

namespace {

// A team as the README sets it up: an owner who owns the database, a group for the officers
// and one officer in it; the owner has run `kotoplan init` with the real program.
class Team
{
public:
    // `options` are CREATE DATABASE's further options, as an administrator may give them.
    explicit Team(const QString &options = {})
        : m_database(QStringLiteral("kotoplan_team_%1").arg(QCoreApplication::applicationPid()))
    {
        REQUIRE(test::execOnServer(QStringLiteral("CREATE DATABASE %1 OWNER %2 %3")
                                       .arg(m_database, owner.name(), options)));
        initResult = test::runKotoplan({QStringLiteral("init"), QStringLiteral("--database"),
                                        addressAs(addressOf(m_database), owner.name()),
                                        QStringLiteral("--officers"), group.name()},
                                       environment());
    }
    ~Team()
    {
        test::execOnServer(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    Team(const Team &) = delete;
    Team &operator=(const Team &) = delete;

    QString as(const TestRole &role) const { return addressAs(addressOf(m_database), role.name()); }
    // The program's environment with the roles' password (the test roles share one).
    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = test::englishEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QLatin1String(TestRole::password));
        return environment;
    }

    TestRole owner{QStringLiteral("owner")};
    TestRole group{QStringLiteral("officers"), QStringLiteral("NOLOGIN")};
    TestRole officer{QStringLiteral("officer"),
                     TestRole::loginOptions() + QStringLiteral(" IN ROLE ") + group.name()};
    TestRole outsider{QStringLiteral("outsider")};
    test::CliRun initResult;

private:
    QString m_database;
};

// The last line of the audit log as the owner reads it: officer, action, client.
QStringList lastAuditLine(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT officer, os_user, action, client_id FROM audit_log "
                                   "ORDER BY id DESC LIMIT 1")) ||
        !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
}

} // namespace

TEST_CASE("An officer's role is refused every statement that would undo a record",
          "[shared][server]")
{
    const Team team;
    INFO(team.initResult.err.toStdString());
    REQUIRE(team.initResult.exitCode == 0);
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database ownerDesk;
    REQUIRE(ownerDesk.open(team.as(team.owner)).ok());
    const Plan signedPlan = test::storeSignedCase(ownerDesk.connection());
    REQUIRE(QSqlQuery(ownerDesk.connection())
                .exec(QStringLiteral("INSERT INTO plan_exchange (plan_id, direction, happened_at) "
                                     "VALUES (%1, 'export', '2026-11-23T10:00:00Z')")
                          .arg(signedPlan.id)));
    const QString before = test::databaseContent(ownerDesk.connection());

    Database desk;
    const Database::OpenResult opened = desk.open(team.as(team.officer));
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const QString plan = QString::number(signedPlan.id);
    const QString client = QString::number(signedPlan.clientId);
    const QStringList refused = {
        QStringLiteral("CREATE TEMP TABLE plan (id BIGINT, status TEXT, client_id BIGINT)"),
        QStringLiteral("UPDATE plan SET future_wish = 'x' WHERE id = %1").arg(plan),
        QStringLiteral("UPDATE public.plan_sub_goal SET measure = 'TAMPERED' WHERE plan_id = %1")
            .arg(plan),
        QStringLiteral("DELETE FROM plan_sub_goal WHERE plan_id = %1").arg(plan),
        QStringLiteral("DELETE FROM plan_participant WHERE plan_id = %1").arg(plan),
        QStringLiteral("INSERT INTO erasure_in_progress VALUES (%1)").arg(client),
        QStringLiteral("DELETE FROM erasure_in_progress"),
        QStringLiteral("DELETE FROM plan WHERE id = %1").arg(plan),
        QStringLiteral("DELETE FROM client WHERE id = %1").arg(client),
        QStringLiteral("INSERT INTO kotoplan_schema VALUES (99, now())"),
        QStringLiteral("UPDATE kotoplan_schema SET version = 99"),
        QStringLiteral("DELETE FROM kotoplan_schema"),
        QStringLiteral("UPDATE plan_exchange SET receiver = 'someone else'"),
        QStringLiteral("DELETE FROM plan_exchange"),
        QStringLiteral("UPDATE audit_log SET action = 'viewed'"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("DROP TRIGGER plan_signed_no_update ON plan"),
        QStringLiteral("ALTER TABLE plan DISABLE TRIGGER ALL"),
        QStringLiteral("CREATE TABLE officers_own (id INTEGER)"),
        QStringLiteral("CREATE FUNCTION public.kotoplan_mine() RETURNS INTEGER LANGUAGE sql "
                       "AS 'SELECT 1'"),
        QStringLiteral("SELECT public.kotoplan_clear_draft_rows(%1)").arg(plan),
    };
    QSqlQuery query(desk.connection());
    for (const QString &statement : refused) {
        INFO(statement.toStdString());
        CHECK_FALSE(query.exec(statement));
    }
    // The way round the marker, in one transaction: refused at its first step.
    REQUIRE(desk.connection().transaction());
    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO erasure_in_progress VALUES (%1)").arg(client)));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM plan WHERE id = %1").arg(plan)));
    desk.connection().rollback();
    CHECK(test::databaseContent(ownerDesk.connection()) == before);

    // Even a role with TEMP (the owner) cannot shadow a table the triggers read.
    QSqlQuery asOwner(ownerDesk.connection());
    REQUIRE(asOwner.exec(
        QStringLiteral("CREATE TEMP TABLE plan (id BIGINT, status TEXT, client_id BIGINT)")));
    CHECK_FALSE(asOwner.exec(
        QStringLiteral("UPDATE public.plan_sub_goal SET measure = 'TAMPERED' WHERE plan_id = %1")
            .arg(plan)));
    REQUIRE(asOwner.exec(QStringLiteral("DROP TABLE pg_temp.plan")));
    CHECK(test::databaseContent(ownerDesk.connection()) == before);

    // A login outside the officers' group may not even connect.
    Database outsiderDesk;
    CHECK_FALSE(outsiderDesk.open(team.as(team.outsider)).ok());
}

TEST_CASE("After SET ROLE the audit line still names the officer's login", "[shared][server]")
{
    const Team team;
    REQUIRE(team.initResult.exitCode == 0);
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database ownerDesk;
    REQUIRE(ownerDesk.open(team.as(team.owner)).ok());
    const Plan plan = test::storeFullCase(ownerDesk.connection());

    Database desk;
    REQUIRE(desk.open(team.as(team.officer)).ok());
    QSqlQuery query(desk.connection());
    REQUIRE(query.exec(QStringLiteral("SET ROLE %1").arg(team.group.name())));
    const AuditLog log(desk.connection(), {QStringLiteral("Someone Else"), QStringLiteral("os")});
    CHECK(log.actor().officer == team.officer.name());
    REQUIRE(log.append(AuditAction::Viewed, plan.clientId, plan.id));
    CHECK(lastAuditLine(ownerDesk.connection()).value(0) == team.officer.name());
    // A line written by hand in another's name is rewritten to the login too.
    REQUIRE(query.exec(QStringLiteral("INSERT INTO audit_log (at, officer, os_user, action) VALUES "
                                      "('2026-11-23T10:00:00Z', 'the owner', 'os', 'viewed')")));
    CHECK(lastAuditLine(ownerDesk.connection()).value(0) == team.officer.name());
}

TEST_CASE("An officer records the day a signed plan's service began, and nothing else of it",
          "[shared][server]")
{
    const Team team;
    REQUIRE(team.initResult.exitCode == 0);
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database ownerDesk;
    REQUIRE(ownerDesk.open(team.as(team.owner)).ok());
    const Plan signedPlan = test::storeSignedCase(ownerDesk.connection());
    const Plan draft = test::storeFullCase(ownerDesk.connection());

    Database desk;
    REQUIRE(desk.open(team.as(team.officer)).ok());
    const QDate began(2025, 5, 5);
    const StoreResult recorded =
        ServiceStarts(desk.connection(), AuditLog(desk.connection(), {QStringLiteral("Liisa"),
                                                                      QStringLiteral("liisa")}))
            .record(signedPlan.id, {{1, {}, began}}, QDate(2026, 11, 23));
    INFO(recorded.message.toStdString());
    REQUIRE(recorded.ok());
    const Result<Plan> stored = PlanStore(ownerDesk.connection()).load(signedPlan.id);
    REQUIRE(stored);
    CHECK(stored->subGoals.at(1).startedOn == began);
    CHECK(lastAuditLine(ownerDesk.connection()) ==
          QStringList{team.officer.name(), QStringLiteral("liisa"), QStringLiteral("changed"),
                      QString::number(signedPlan.clientId)});

    // The right is to that one column: the others stay refused, on a signed plan or a draft.
    const QString before = test::databaseContent(ownerDesk.connection());
    QSqlQuery query(desk.connection());
    for (const qint64 planId : {signedPlan.id, draft.id}) {
        for (const QString &statement :
             {QStringLiteral("UPDATE plan_sub_goal SET measure = 'x' WHERE plan_id = %1"),
              QStringLiteral("UPDATE plan_sub_goal SET started_on = '2025-01-01', "
                             "schedule = 'x' WHERE plan_id = %1")}) {
            INFO(statement.arg(planId).toStdString());
            CHECK_FALSE(query.exec(statement.arg(planId)));
        }
    }
    CHECK(test::databaseContent(ownerDesk.connection()) == before);
}

TEST_CASE("An officer erases a client through the program, and the erasure is audited",
          "[shared][server]")
{
    const Team team;
    REQUIRE(team.initResult.exitCode == 0);
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database ownerDesk;
    REQUIRE(ownerDesk.open(team.as(team.owner)).ok());
    const Plan signedPlan = test::storeSignedCase(ownerDesk.connection());

    Database desk;
    REQUIRE(desk.open(team.as(team.officer)).ok());
    ClientErasure erasure(
        desk.connection(),
        AuditLog(desk.connection(), {QStringLiteral("Liisa"), QStringLiteral("liisa")}));
    const QString before = test::databaseContent(ownerDesk.connection());
    CHECK(erasure.erase(signedPlan.clientId, ClientErasure::Scope::WithoutSignedPlans).status ==
          StoreResult::Status::Signed);
    CHECK(test::databaseContent(ownerDesk.connection()) == before);

    const StoreResult erased =
        erasure.erase(signedPlan.clientId, ClientErasure::Scope::IncludingSignedPlans);
    INFO(erased.message.toStdString());
    REQUIRE(erased.ok());
    CHECK_FALSE(ClientStore(ownerDesk.connection()).load(signedPlan.clientId));
    CHECK(lastAuditLine(ownerDesk.connection()) ==
          QStringList{team.officer.name(), QStringLiteral("liisa"), QStringLiteral("erased"),
                      QString::number(signedPlan.clientId)});
    CHECK(erasure.erase(signedPlan.clientId, ClientErasure::Scope::IncludingSignedPlans).status ==
          StoreResult::Status::NotFound);
}

TEST_CASE(
    "kotoplan init sets up a fresh server, then an officer's journey works with their role alone",
    "[shared][server]")
{
    const Team team;
    INFO(team.initResult.err.toStdString());
    REQUIRE(team.initResult.exitCode == 0);
    CHECK(team.initResult.out.contains(
        QStringLiteral("is ready: database version %1").arg(Database::latestSchemaVersion(true))));
    CHECK(team.initResult.out.contains(team.group.name()));
    // A database with the server's UTF-8 locale indexes names in every script: no note.
    CHECK_FALSE(team.initResult.err.contains(QStringLiteral("Note:")));

    const auto runAs = [&team](const TestRole &role, QStringList arguments) {
        arguments << QStringLiteral("--database") << team.as(role);
        return test::runKotoplan(arguments, Team::environment());
    };
    // Set up by its owner alone: an officer may not grant.
    const test::CliRun notOwner = runAs(
        team.officer, {QStringLiteral("init"), QStringLiteral("--officers"), team.group.name()});
    CHECK(notOwner.exitCode == 1);
    CHECK(notOwner.err.contains(QStringLiteral("Only the database's owner may set it up")));

    const test::CliRun demo = runAs(
        team.officer, {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("12")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const test::CliRun list = runAs(team.officer, {QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    QString draftId;
    QString draftClient;
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.value(5) == QLatin1String("draft")) {
            draftId = fields.value(0);
            draftClient = fields.value(1);
        }
    }
    REQUIRE_FALSE(draftId.isEmpty());

    const test::CliRun signing =
        runAs(team.officer, {QStringLiteral("sign"), QStringLiteral("--plan"), draftId,
                             QStringLiteral("--officer"), QStringLiteral("Liisa Virtanen")});
    INFO(signing.err.toStdString());
    REQUIRE(signing.exitCode == 0);
    const QTemporaryDir out;
    const test::CliRun exported =
        runAs(team.officer, {QStringLiteral("export"), QStringLiteral("--plan"), draftId,
                             QStringLiteral("--out"), out.path()});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size() == 1);
    CHECK(QDir(out.path()).entryList({QStringLiteral("*.json")}).size() == 1);

    // Erased through the program, as the officer's desk does it.
    const ScopedEnv password("PGPASSWORD", TestRole::password);
    Database desk;
    REQUIRE(desk.open(team.as(team.officer)).ok());
    QSqlQuery query(desk.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT client_id FROM plan WHERE id = %1").arg(draftId)));
    REQUIRE(query.next());
    const qint64 clientId = query.value(0).toLongLong();
    query.finish();
    const StoreResult erased = ClientErasure(desk.connection(), AuditLog(desk.connection(), {}))
                                   .erase(clientId, ClientErasure::Scope::IncludingSignedPlans);
    INFO(erased.message.toStdString());
    REQUIRE(erased.ok());
    desk.close();

    const test::CliRun after = runAs(team.officer, {QStringLiteral("list")});
    CHECK_FALSE(after.out.contains(draftClient + QLatin1Char('\t')));
    const test::CliRun audit = runAs(team.officer, {QStringLiteral("audit")});
    REQUIRE(audit.exitCode == 0);
    CHECK(audit.out.contains(team.officer.name() + QLatin1Char('\t')));
    CHECK(audit.out.contains(QStringLiteral("\terased\t%1").arg(clientId)));
}

TEST_CASE("kotoplan init notes a database whose search index would hold Latin letters alone",
          "[shared][server]")
{
    // Created with the C locale (initdb --no-locale, or LOCALE 'C'): pg_trgm then
    // takes "енко" for no letters at all, and the search reads every client.
    const Team team(QStringLiteral("LOCALE 'C' TEMPLATE template0"));
    INFO(team.initResult.err.toStdString());
    REQUIRE(team.initResult.exitCode == 0);
    CHECK(team.initResult.err.contains(
        QStringLiteral("the database classifies characters as the locale C does")));
    CHECK(team.initResult.err.contains(QStringLiteral("LOCALE 'C.UTF-8'")));
}
