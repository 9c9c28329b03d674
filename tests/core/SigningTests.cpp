// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "domain/Clock.h"
#include "fields/PlanComparison.h"
#include "storage/SqlScript.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

// Every value of every table row of the plan, in order: "byte for byte the same" in SQL terms.
QStringList rawRows(QSqlDatabase db, qint64 planId)
{
    QStringList rows;
    QSqlQuery query(db);
    for (const QString &table :
         {QStringLiteral("plan"), QStringLiteral("plan_participant"),
          QStringLiteral("plan_sub_goal"), QStringLiteral("plan_sub_goal_outcome")}) {
        const QString key =
            table == QLatin1String("plan") ? QStringLiteral("id") : QStringLiteral("plan_id");
        query.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY 1, 2").arg(table, key));
        query.addBindValue(planId);
        REQUIRE(query.exec());
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

int auditCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

struct SignedCase
{
    test::TempDatabase db;
    Client client = test::fullClient();
    Plan plan;
    AuditLog audit{db.connection(),
                   {QStringLiteral("Liisa Virtanen"), QStringLiteral("lvirtanen")}};

    SignedCase()
    {
        REQUIRE(ClientStore(db.connection()).save(client).ok());
        plan = test::fullPlan(client.id);
        PlanStore plans(db.connection(), audit);
        REQUIRE(plans.save(plan).ok());
        REQUIRE(plans.sign(plan.id, QDate(2025, 4, 3), QStringLiteral("Liisa Virtanen")).ok());
    }
};

} // namespace

TEST_CASE("Signing records the date and the officer and makes the plan a record", "[signing]")
{
    const FixedClock clock(fixedToday);
    SignedCase c;
    PlanStore plans(c.db.connection());
    const Result<Plan> stored = plans.load(c.plan.id);
    REQUIRE(stored);
    CHECK(stored->status == PlanStatus::Signed);
    CHECK(stored->signedOn == QDate(2025, 4, 3));
    CHECK(stored->signedBy == QStringLiteral("Liisa Virtanen"));
    CHECK(stored->futureWish == c.plan.futureWish);

    SECTION("signing again is refused")
    {
        CHECK(plans.sign(c.plan.id, QDate(2025, 5, 1), QStringLiteral("Other")).status ==
              StoreResult::Status::Signed);
        CHECK(plans.load(c.plan.id) == stored);
    }
    SECTION("a change through the store is refused and nothing changes")
    {
        Plan changed = *stored;
        changed.futureWish = QStringLiteral("changed after signing");
        changed.subGoals.removeLast();
        const StoreResult result = plans.save(changed);
        CHECK(result.status == StoreResult::Status::Signed);
        CHECK(result.message == QStringLiteral("The plan is signed and cannot be changed. "
                                               "Start a review instead."));
        CHECK(plans.load(c.plan.id) == stored);
    }
}

TEST_CASE("Signing checks the plan and the officer, and changes nothing when refused", "[signing]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(plans.save(plan).ok());

    StoreResult result = plans.sign(plan.id, QDate(2027, 1, 1), QStringLiteral("Liisa"));
    CHECK(result.status == StoreResult::Status::Invalid);
    CHECK(Validation::fields(result.problems) == QStringList{QStringLiteral("signedOn")});
    result = plans.sign(plan.id, QDate(2025, 4, 3), QStringLiteral("  "));
    CHECK(result.status == StoreResult::Status::Invalid);
    CHECK(Validation::fields(result.problems) == QStringList{QStringLiteral("signedBy")});
    CHECK(plans.load(plan.id) == plan);
    CHECK(plans.sign(4711, QDate(2025, 4, 3), QStringLiteral("Liisa")).status ==
          StoreResult::Status::NotFound);
}

TEST_CASE("The database itself refuses to change or delete a signed plan", "[signing]")
{
    const FixedClock clock(fixedToday);
    SignedCase c;
    QSqlDatabase db = c.db.connection();
    const QStringList before = rawRows(db, c.plan.id);
    REQUIRE(before.size() == 5); // the plan, two participants, two sub-goals

    const QStringList statements = {
        QStringLiteral("UPDATE plan SET future_wish = 'forged' WHERE id = ?"),
        QStringLiteral("UPDATE plan SET status = 'draft' WHERE id = ?"),
        QStringLiteral("DELETE FROM plan WHERE id = ?"),
        QStringLiteral("UPDATE plan_sub_goal SET measure = 'forged' WHERE plan_id = ?"),
        QStringLiteral("DELETE FROM plan_sub_goal WHERE plan_id = ?"),
        QStringLiteral("INSERT INTO plan_sub_goal (plan_id, position, sub_goal) "
                       "VALUES (?, 9, 'forged')"),
        QStringLiteral("UPDATE plan_participant SET name = 'forged' WHERE plan_id = ?"),
        QStringLiteral("DELETE FROM plan_participant WHERE plan_id = ?"),
        QStringLiteral("INSERT INTO plan_participant (plan_id, position, name) "
                       "VALUES (?, 9, 'forged')"),
        QStringLiteral("INSERT INTO plan_sub_goal_outcome (plan_id, position, outcome) "
                       "VALUES (?, 0, 'achieved')"),
    };
    for (const QString &statement : statements) {
        INFO(statement.toStdString());
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(c.plan.id);
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().text().contains(QStringLiteral("signed plan")));
    }
    CHECK(rawRows(db, c.plan.id) == before);

    SECTION("the store deletes drafts only")
    {
        PlanStore plans(db, c.audit);
        const StoreResult refused = plans.removeDraft(c.plan.id);
        CHECK(refused.status == StoreResult::Status::Signed);
        CHECK(refused.message ==
              QStringLiteral("The plan is signed and cannot be deleted. Start a review instead."));
        CHECK(rawRows(db, c.plan.id) == before);
        Plan review = *plans.draftFor(c.client, QDate(2025, 10, 2));
        REQUIRE(plans.save(review).ok());
        const int lines = auditCount(db);
        REQUIRE(plans.removeDraft(review.id).ok());
        CHECK_FALSE(plans.load(review.id).has_value());
        CHECK(rawRows(db, review.id).isEmpty());
        CHECK(auditCount(db) == lines + 1);
        CHECK(plans.removeDraft(review.id).status == StoreResult::Status::NotFound);
    }
    SECTION("a draft can still be changed and deleted")
    {
        Plan draft = test::fullPlan(c.client.id);
        draft.draftedOn = QDate(2025, 5, 2);
        REQUIRE(PlanStore(db).save(draft).ok());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM plan WHERE id = ?"));
        query.addBindValue(draft.id);
        CHECK(query.exec());
        CHECK_FALSE(PlanStore(db).load(draft.id).has_value());
    }
}

TEST_CASE("A review copies every field and leaves the signed plan byte for byte the same",
          "[review]")
{
    const FixedClock clock(fixedToday);
    SignedCase c;
    QSqlDatabase db = c.db.connection();
    const QStringList before = rawRows(db, c.plan.id);
    PlanStore plans(db, c.audit);
    const Plan signedPlan = *plans.load(c.plan.id);

    Plan review = *plans.draftFor(c.client, QDate(2025, 10, 2));
    // Every field of the plan before is in the draft, except what makes it a new version.
    Plan expected = signedPlan;
    expected.id = 0;
    expected.rowVersion = 0;
    expected.kind = PlanKind::Review;
    expected.status = PlanStatus::Draft;
    expected.previousPlanId = signedPlan.id;
    expected.firstPlanDate = signedPlan.draftedOn;
    expected.draftedOn = QDate(2025, 10, 2);
    expected.signedOn = QDate();
    expected.signedBy.clear();
    expected.nextMeeting = QDateTime();
    expected.rightsDiscussed = false;
    expected.clientUnderstood = false;
    expected.outcomes = {{0, Outcome::Unset, {}}, {1, Outcome::Unset, {}}};
    CHECK(review == expected);

    SECTION("outcomes round trip and the review signs through the same path")
    {
        review.outcomes = {{0, Outcome::Achieved, QStringLiteral("YKI A2 passed")},
                           {1, Outcome::Changed, QStringLiteral("Moved to spring; ሰላም")}};
        review.futureWish = QStringLiteral("A new wish");
        REQUIRE(plans.save(review).ok());
        CHECK(plans.load(review.id) == review);
        REQUIRE(plans.sign(review.id, QDate(2025, 10, 2), QStringLiteral("Liisa Virtanen")).ok());
        CHECK(plans.load(review.id)->outcomes == review.outcomes);
        CHECK(rawRows(db, c.plan.id) == before);
        CHECK(plans.plansOf(c.client.id)->size() == 2);
    }
    SECTION("a review is not signed before every sub-goal has its outcome")
    {
        review.outcomes[0].outcome = Outcome::Partly;
        REQUIRE(plans.save(review).ok());
        const StoreResult result =
            plans.sign(review.id, QDate(2025, 10, 2), QStringLiteral("Liisa Virtanen"));
        CHECK(result.status == StoreResult::Status::Invalid);
        CHECK(Validation::fields(result.problems) ==
              QStringList{QStringLiteral("subGoalOutcomes")});
        CHECK(plans.load(review.id)->status == PlanStatus::Draft);
    }
    SECTION("bad outcomes are refused with clear messages and nothing is stored")
    {
        const int plansBefore = plans.count();
        review.outcomes = {
            {0, Outcome::Changed, {}}, {0, Outcome::Achieved, {}}, {5, Outcome::Achieved, {}}};
        const StoreResult result = plans.save(review);
        CHECK(result.status == StoreResult::Status::Invalid);
        QStringList messages;
        for (const Problem &problem : result.problems)
            messages.append(problem.message);
        CHECK(messages == QStringList{QStringLiteral("Say in the note how sub-goal 1 was changed."),
                                      QStringLiteral("Sub-goal 1 has more than one outcome."),
                                      QStringLiteral("An outcome refers to sub-goal 6, which the "
                                                     "previous plan does not have.")});
        CHECK(plans.count() == plansBefore);
    }
    SECTION("a first plan has no outcomes")
    {
        Plan first = test::fullPlan(c.client.id);
        first.outcomes = {{0, Outcome::Achieved, {}}};
        CHECK(plans.save(first).status == StoreResult::Status::Invalid);
    }
}

TEST_CASE("Comparing two versions marks exactly the fields that changed", "[review]")
{
    Plan before = test::fullPlan(1);
    Plan after = before;
    CHECK(PlanComparison(before, after).changedKeys().isEmpty());
    // 22 fields, the sub-goals row by row.
    CHECK(PlanComparison(before, after).fields().size() == 22 + before.subGoals.size());

    after.futureWish = QStringLiteral("Another wish");
    after.subGoals[1].schedule = QStringLiteral("Spring 2026");
    after.interpretingMode = InterpretingMode::Video;
    after.kind = PlanKind::Review;
    after.outcomes = {{0, Outcome::Achieved, {}}};
    const PlanComparison comparison(before, after);
    CHECK(comparison.changedKeys() ==
          QStringList{QStringLiteral("interpreterPresent"), QStringLiteral("kind"),
                      QStringLiteral("futureWish"), QStringLiteral("subGoals"),
                      QStringLiteral("subGoalOutcomes")});
    for (const PlanComparison::Field &field : comparison.fields()) {
        if (field.key == QLatin1String("futureWish")) {
            CHECK(field.before == before.futureWish);
            CHECK(field.after == QStringLiteral("Another wish"));
        }
        if (field.key == QLatin1String("interpreterPresent"))
            CHECK(field.after == QStringLiteral("Yes (vi, by video)"));
    }
}

TEST_CASE("The comparison shows sub-goals row by row: added, removed and changed", "[review]")
{
    Plan before = test::fullPlan(1);
    before.subGoals.append({QStringLiteral("Swims"), QStringLiteral("Swimming school"), 0,
                            QStringLiteral("Kunta"), QStringLiteral("Summer")});
    Plan after = before;
    after.subGoals.removeAt(1);                            // "Knows the society" removed
    after.subGoals[1].schedule = QStringLiteral("Autumn"); // "Swims" changed
    after.subGoals.append({QStringLiteral("Drives"), QStringLiteral("Driving school"), 0,
                           QStringLiteral("Own"), QStringLiteral("2026")});
    const PlanComparison comparison(before, after);
    QStringList rows;
    for (const PlanComparison::Field &field : comparison.fields()) {
        if (field.key == QLatin1String("subGoals"))
            rows.append(field.label + (field.changed ? QStringLiteral(" *") : QString()));
    }
    CHECK(rows == QStringList{QStringLiteral("Sub-goal 1"), QStringLiteral("Sub-goal 2: removed *"),
                              QStringLiteral("Sub-goal 2 *"),
                              QStringLiteral("Sub-goal 3: added *")});
    for (const PlanComparison::Field &field : comparison.fields()) {
        if (field.label == QStringLiteral("Sub-goal 2") && field.changed) {
            CHECK(field.before.contains(QStringLiteral("Summer")));
            CHECK(field.after.contains(QStringLiteral("Autumn")));
        }
    }
}

TEST_CASE("Every save and signing writes exactly one audit line with the actor, no content",
          "[audit]")
{
    const FixedClock clock(QDateTime(fixedToday, QTime(10, 15), Qt::UTC));
    test::TempDatabase db;
    const AuditLog audit(db.connection(),
                         {QStringLiteral("Liisa \"LV\" Virtanen, Vaasa"), QStringLiteral("lv")});
    ClientStore clients(db.connection(), audit);
    PlanStore plans(db.connection(), audit);

    Client client = test::fullClient();
    REQUIRE(clients.save(client).ok());
    CHECK(auditCount(db.connection()) == 1);
    Plan plan = test::fullPlan(client.id);
    REQUIRE(plans.save(plan).ok());
    CHECK(auditCount(db.connection()) == 2);
    plan.futureWish = QStringLiteral("Second version of the wish");
    REQUIRE(plans.save(plan).ok());
    CHECK(auditCount(db.connection()) == 3);
    REQUIRE(plans.sign(plan.id, QDate(2025, 4, 3), QStringLiteral("Liisa Virtanen")).ok());
    CHECK(auditCount(db.connection()) == 4);
    // A refused save leaves no line.
    CHECK_FALSE(plans.save(plan).ok());
    CHECK(auditCount(db.connection()) == 4);

    const QList<AuditEntry> entries = audit.query();
    REQUIRE(entries.size() == 4);
    QList<AuditAction> actions;
    for (const AuditEntry &entry : entries) {
        actions.prepend(entry.action);
        CHECK(entry.actor == audit.actor());
        CHECK(entry.clientId == client.id);
        CHECK(entry.at == QDateTime(fixedToday, QTime(10, 15), Qt::UTC));
    }
    CHECK(actions == QList<AuditAction>{AuditAction::Created, AuditAction::Created,
                                        AuditAction::Changed, AuditAction::Signed});
    CHECK(entries.first().planId == plan.id);
    CHECK(entries.last().planId == 0);

    // No text of the plan or the client is in the audit table.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM audit_log")));
    QString everything;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            everything += query.value(i).toString() + QLatin1Char('|');
    }
    for (const QString &content : {client.name, plan.futureWish, plan.lifeSituation,
                                   plan.subGoals.first().goal, client.phone})
        CHECK_FALSE(everything.contains(content));
}

TEST_CASE("Demo data signs reviews through the signing path and logs no content", "[audit]")
{
    test::TempDatabase db;
    const DemoData::Result result = DemoData::generate(db.connection(), 30);
    REQUIRE(result.error.isEmpty());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM plan WHERE kind = 'review' AND status = 'signed'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() > 0);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM plan WHERE status = 'draft'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() > 0);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM plan_sub_goal_outcome o JOIN plan p "
                                      "ON p.id = o.plan_id WHERE p.status = 'signed' AND "
                                      "o.outcome = ''")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'signed'")));
    REQUIRE(query.next());
    const int signedLines = query.value(0).toInt();
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM plan WHERE status = 'signed'")));
    REQUIRE(query.next());
    CHECK(signedLines == query.value(0).toInt());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log a, client c WHERE a.officer LIKE '%' || c.name || '%' "
        "OR a.os_user LIKE '%' || c.name || '%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("A version 1 database upgrades with a backup, keeps its plans and protects the signed",
          "[database][sqlite]")
{
    const FixedClock clock(fixedToday);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A database as version 1 of the program left it: only the first migration.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile script(QStringLiteral(":/kotoplan/migrations/001_initial.sql"));
        REQUIRE(script.open(QIODevice::ReadOnly));
        QSqlQuery query(db);
        for (const QString &statement : splitSqlScript(QString::fromUtf8(script.readAll())))
            REQUIRE(query.exec(statement));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO client (id, name, search_key, date_of_birth, created_at, updated_at) "
            "VALUES (1, 'Amina Yusuf', 'amina yusuf', '1990-01-01', '', '')")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO plan (id, client_id, kind, status, drafted_on, future_wish, signed_on, "
            "signed_by, created_at, updated_at) VALUES (1, 1, 'first', 'signed', '2025-03-01', "
            "'A wish', '2025-03-01', 'Liisa', '', '')")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-fixture"));

    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    // One copy of the old version before the upgrade (the daily copy comes beside it).
    CHECK(QDir(dir.filePath(QStringLiteral("backups")))
              .entryList({QStringLiteral("*before-v*")}, QDir::Files)
              .size() == 1);
    const Result<Plan> plan = PlanStore(database.connection()).load(1);
    REQUIRE(plan);
    CHECK(plan->futureWish == QStringLiteral("A wish"));
    CHECK(plan->status == PlanStatus::Signed);
    QSqlQuery query(database.connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE plan SET future_wish = 'forged'")));
    CHECK(PlanStore(database.connection()).load(1)->futureWish == QStringLiteral("A wish"));
}
