// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Erasure of a client's personal data, and the retention period that calls for it.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "models/RetentionModel.h"
#include "stores/AuditLog.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/Retention.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QString tongueNote = QStringLiteral("Kunama, also some Tigre (Barentu dialect)");
const QString subGoalText = QStringLiteral("Zebrafinch club: Finnish conversation weekly");
const QString exchangeFile = QStringLiteral("Nguyen_Thi_Huong_plan_2025-04-02.pdf");

AuditLog auditLog(QSqlDatabase db)
{
    return AuditLog(db, {QStringLiteral("Liisa Virtanen"), QStringLiteral("lvirtanen")});
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Every table's row count: "nothing changed" in numbers.
QList<int> allCounts(QSqlDatabase db)
{
    QList<int> counts;
    for (const char *table :
         {"client", "client_mother_tongue", "client_citizenship", "plan", "plan_participant",
          "plan_sub_goal", "plan_sub_goal_outcome", "plan_exchange", "audit_log"})
        counts.append(countRows(db, QString::fromLatin1(table)));
    return counts;
}

// A client with a signed first plan, a signed review and a draft, and a register line.
struct ErasureCase
{
    test::TempDatabase db;
    Client client = test::fullClient();
    Client other;
    QList<qint64> planIds;

    explicit ErasureCase(bool withSignedPlans = true)
    {
        const FixedClock clock(QDate(2025, 4, 3));
        AuditLog audit = auditLog(db.connection());
        client.motherTongues.append(tongueNote);
        REQUIRE(ClientStore(db.connection(), audit).save(client).ok());
        other.name = QStringLiteral("Abebe Kebede");
        other.dateOfBirth = QDate(1979, 5, 1);
        REQUIRE(ClientStore(db.connection(), audit).save(other).ok());

        PlanStore plans(db.connection(), audit);
        Plan first = test::fullPlan(client.id);
        first.subGoals.append({subGoalText, QStringLiteral("Library"), 0, {}, {}});
        REQUIRE(plans.save(first).ok());
        planIds.append(first.id);
        if (withSignedPlans) {
            REQUIRE(plans.sign(first.id, QDate(2025, 4, 3), QStringLiteral("Liisa")).ok());
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral(
                "INSERT INTO plan_exchange (plan_id, direction, happened_at, pdf_file) "
                "VALUES (?, 'export', '2025-04-03T10:00:00.000Z', ?)"));
            query.addBindValue(first.id);
            query.addBindValue(exchangeFile);
            REQUIRE(query.exec());
            Plan review = *plans.draftFor(client, QDate(2025, 4, 3));
            for (SubGoalOutcome &outcome : review.outcomes)
                outcome.outcome = Outcome::Achieved;
            REQUIRE(plans.save(review).ok());
            REQUIRE(plans.sign(review.id, QDate(2025, 4, 3), QStringLiteral("Liisa")).ok());
            planIds.append(review.id);
            Plan draft = *plans.draftFor(client, QDate(2025, 4, 3));
            for (SubGoalOutcome &outcome : draft.outcomes)
                outcome.outcome = Outcome::Partly;
            REQUIRE(plans.save(draft).ok());
            planIds.append(draft.id);
        }
    }
};

// The texts of the client that must be gone, in the forms the file may hold them.
QList<QByteArray> personalTexts()
{
    const Client client = test::fullClient();
    return {client.name.toUtf8(),
            searchKey(client.name).toUtf8(),
            tongueNote.toUtf8(),
            subGoalText.toUtf8(),
            client.email.toUtf8(),
            exchangeFile.toUtf8(),
            test::fullPlan(0).lifeSituation.toUtf8()};
}

QByteArray fileAndLog(const QString &path)
{
    QByteArray bytes = test::fileBytes(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        bytes += test::fileBytes(path + QStringLiteral("-wal"));
    return bytes;
}

} // namespace

// The bytes of the SQLite file and its log; on PostgreSQL the server keeps its own files.
TEST_CASE("Erasing a client leaves none of their personal data in the database file",
          "[erasure][sqlite]")
{
    ErasureCase c;
    const QByteArray before = fileAndLog(c.db.path());
    for (const QByteArray &text : personalTexts()) {
        INFO(text.toStdString());
        CHECK(before.contains(text)); // else the search below proves nothing
    }
    const int auditBefore = countRows(c.db.connection(), QStringLiteral("audit_log"));

    ClientErasure erasure(c.db.connection(), auditLog(c.db.connection()));
    const StoreResult result =
        erasure.erase(c.client.id, ClientErasure::Scope::IncludingSignedPlans);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.message.isEmpty()); // compacted, no warning

    // Read while the program still has the file open, and again after it closed it.
    for (int pass = 0; pass < 2; ++pass) {
        const QByteArray after = fileAndLog(c.db.path());
        for (const QByteArray &text : personalTexts()) {
            INFO(text.toStdString());
            CHECK_FALSE(after.contains(text));
        }
        CHECK(after.contains(c.other.name.toUtf8())); // the other client stays
        if (pass == 0)
            c.db.database().close();
    }
    REQUIRE(c.db.database().open(c.db.path()).ok());
    QSqlDatabase db = c.db.connection();
    CHECK_FALSE(ClientStore(db).load(c.client.id));
    CHECK(PlanStore(db).plansOf(c.client.id)->isEmpty());
    for (const char *table : {"plan", "plan_participant", "plan_sub_goal", "plan_sub_goal_outcome",
                              "plan_exchange", "client_mother_tongue", "erasure_in_progress"})
        CHECK(countRows(db, QString::fromLatin1(table)) == 0);
    CHECK(ClientStore(db).count() == 1);

    // The audit keeps every line, ids only, and gains one "erased" line.
    CHECK(countRows(db, QStringLiteral("audit_log")) == auditBefore + 1);
    const QList<AuditEntry> lines = auditLog(db).query({});
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().action == AuditAction::Erased);
    CHECK(lines.first().clientId == c.client.id);
    CHECK(lines.first().planId == 0);
    CHECK(lines.first().actor.officer == QStringLiteral("Liisa Virtanen"));
    AuditFilter filter;
    filter.clientId = c.client.id;
    CHECK(auditLog(db).query(filter).size() > 1);
    CHECK(c.db.database().quickCheck() == QStringLiteral("ok"));
}

TEST_CASE("What erasure takes away is counted before it happens", "[erasure]")
{
    ErasureCase c;
    const std::optional<ErasurePreview> preview =
        ClientErasure(c.db.connection(), auditLog(c.db.connection())).preview(c.client.id);
    REQUIRE(preview);
    CHECK(preview->clientName == c.client.name);
    CHECK(preview->dateOfBirth == c.client.dateOfBirth);
    CHECK(preview->plans == 3);
    CHECK(preview->signedPlans == 2);
    CHECK(preview->subGoals == 9); // three plans of three sub-goals
    CHECK(preview->participants == 6);
    CHECK(preview->outcomes == 6);
    CHECK(preview->exchanges == 1);
    CHECK_FALSE(ClientErasure(c.db.connection(), auditLog(c.db.connection())).preview(999));
}

TEST_CASE("A client with signed plans is erased only by the explicit erasure", "[erasure]")
{
    ErasureCase c;
    QSqlDatabase db = c.db.connection();
    const QList<int> before = allCounts(db);
    ClientErasure erasure(db, auditLog(db));

    const StoreResult refused =
        erasure.erase(c.client.id, ClientErasure::Scope::WithoutSignedPlans);
    CHECK(refused.status == StoreResult::Status::Signed);
    CHECK(refused.message.contains(QStringLiteral("signed plans")));
    CHECK(allCounts(db) == before);

    const StoreResult missing = erasure.erase(4711, ClientErasure::Scope::IncludingSignedPlans);
    CHECK(missing.status == StoreResult::Status::NotFound);
    CHECK(allCounts(db) == before);

    SECTION("a client with drafts only goes without the explicit scope")
    {
        ErasureCase drafts(false);
        ClientErasure direct(drafts.db.connection(), auditLog(drafts.db.connection()));
        REQUIRE(direct.erase(drafts.client.id, ClientErasure::Scope::WithoutSignedPlans).ok());
        CHECK_FALSE(ClientStore(drafts.db.connection()).load(drafts.client.id));
        CHECK(countRows(drafts.db.connection(), QStringLiteral("plan")) == 0);
    }
}

// Raw statements that go on after a refused one in the same transaction: SQLite's way (a
// PostgreSQL transaction ends at its first error; signing_tests cover its triggers).
TEST_CASE("Outside the erasure the database still refuses to touch a signed plan",
          "[erasure][sqlite]")
{
    ErasureCase c;
    QSqlDatabase db = c.db.connection();
    const qint64 signedId = c.planIds.first();
    const QList<int> before = allCounts(db);
    QSqlQuery query(db);
    const auto refused = [&query](const QString &statement) {
        INFO(statement.toStdString());
        CHECK_FALSE(query.exec(statement));
        CHECK(query.lastError().text().contains(QStringLiteral("signed plan")));
    };
    const QString id = QString::number(signedId);
    refused(QStringLiteral("DELETE FROM plan WHERE id = ") + id);
    refused(QStringLiteral("UPDATE plan SET life_situation = 'x' WHERE id = ") + id);
    refused(QStringLiteral("DELETE FROM plan_sub_goal WHERE plan_id = ") + id);
    refused(QStringLiteral("DELETE FROM plan_participant WHERE plan_id = ") + id);
    refused(QStringLiteral("UPDATE plan_sub_goal SET sub_goal = 'x' WHERE plan_id = ") + id);
    refused(QStringLiteral("DELETE FROM plan_sub_goal_outcome WHERE plan_id = %1")
                .arg(c.planIds.at(1)));

    // The marker of another client opens nothing of this one's, and never allows an update.
    REQUIRE(query.exec(QStringLiteral("BEGIN")));
    REQUIRE(
        query.exec(QStringLiteral("INSERT INTO erasure_in_progress VALUES (%1)").arg(c.other.id)));
    refused(QStringLiteral("DELETE FROM plan WHERE id = ") + id);
    REQUIRE(
        query.exec(QStringLiteral("INSERT INTO erasure_in_progress VALUES (%1)").arg(c.client.id)));
    refused(QStringLiteral("UPDATE plan SET status = 'draft' WHERE id = ") + id);
    REQUIRE(query.exec(QStringLiteral("ROLLBACK")));

    // A marker for a client that does not exist is refused.
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO erasure_in_progress VALUES (4711)")));
    CHECK(allCounts(db) == before);
    CHECK(PlanStore(db).removeDraft(signedId).status == StoreResult::Status::Signed);
}

TEST_CASE("The retention period is a setting of its own, 10 years unless set", "[retention]")
{
    QSettings().remove(QStringLiteral("retention/years"));
    CHECK(Retention::years() == 10);
    Retention::setYears(6);
    CHECK(Retention::years() == 6);
    Retention::setYears(0);
    CHECK(Retention::years() == Retention::minimumYears);
    QSettings().setValue(QStringLiteral("retention/years"), QStringLiteral("ten"));
    CHECK(Retention::years() == 10);
    QSettings().remove(QStringLiteral("retention/years"));
}

TEST_CASE("A case is listed once its retention period has run out", "[retention]")
{
    test::TempDatabase db;
    Client lastChanged;
    lastChanged.name = QStringLiteral("Abebe Kebede");
    lastChanged.dateOfBirth = QDate(1979, 5, 1);
    {
        const FixedClock clock(QDateTime(QDate(2014, 6, 10), QTime(12, 0)));
        REQUIRE(ClientStore(db.connection()).save(lastChanged).ok());
    }
    // Signed on 2.4.2025 under 681/2023: the first plan runs 12 months, to 2.4.2026, which is
    // later than its last change.
    Client withPlan = test::fullClient();
    {
        const FixedClock clock(QDate(2025, 4, 3));
        REQUIRE(ClientStore(db.connection()).save(withPlan).ok());
        Plan plan = test::fullPlan(withPlan.id);
        REQUIRE(PlanStore(db.connection()).save(plan).ok());
        REQUIRE(
            PlanStore(db.connection()).sign(plan.id, QDate(2025, 4, 3), QStringLiteral("L")).ok());
    }

    const RetentionCase abebe = Retention::caseOf(db.connection(), lastChanged.id, 10);
    CHECK(abebe.lastChange == QDate(2014, 6, 10));
    CHECK(abebe.plansEnd.isNull());
    CHECK(abebe.periodStarts == QDate(2014, 6, 10));
    CHECK(abebe.periodEnds == QDate(2024, 6, 10));
    const RetentionCase huong = Retention::caseOf(db.connection(), withPlan.id, 10);
    CHECK(huong.lastChange == QDate(2025, 4, 3));
    CHECK(huong.plansEnd == QDate(2026, 4, 2));
    CHECK(huong.periodStarts == QDate(2026, 4, 2));
    CHECK(huong.signedPlans == 1);

    const auto listed = [&db](int years, QDate today) {
        QList<qint64> ids;
        for (const RetentionCase &row : Retention::ended(db.connection(), years, today))
            ids.append(row.clientId);
        return ids;
    };
    CHECK(listed(10, QDate(2024, 6, 9)).isEmpty());
    CHECK(listed(10, QDate(2024, 6, 10)) == QList<qint64>{lastChanged.id}); // the day it ends
    CHECK(listed(10, QDate(2036, 4, 1)) == QList<qint64>{lastChanged.id});
    CHECK(listed(10, QDate(2036, 4, 2)) == (QList<qint64>{lastChanged.id, withPlan.id}));
    CHECK(listed(30, QDate(2036, 4, 2)).isEmpty());

    RetentionModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(10, QDate(2036, 4, 2));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, RetentionModel::Name).data().toString() == lastChanged.name);
    CHECK(model.index(0, RetentionModel::PeriodEnds).data().toString() ==
          QStringLiteral("10.6.2024"));
    CHECK(model.index(1, RetentionModel::Plans).data().toString() ==
          QStringLiteral("1 plan(s), 1 signed"));
    CHECK(model.index(1, 0).data(RetentionModel::ClientIdRole).toLongLong() == withPlan.id);
    CHECK(model.headerData(RetentionModel::PeriodStarts, Qt::Horizontal).toString() ==
          QStringLiteral("Period runs from"));
    model.reload(30, QDate(2036, 4, 2));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A new client or plan never takes the id of an erased one", "[erasure]")
{
    ErasureCase c;
    QSqlDatabase db = c.db.connection();
    const qint64 lastPlanId = c.planIds.last();
    REQUIRE(c.client.id < c.other.id);
    ClientErasure erasure(db, auditLog(db));
    REQUIRE(erasure.erase(c.other.id, ClientErasure::Scope::WithoutSignedPlans).ok());
    REQUIRE(erasure.erase(c.client.id, ClientErasure::Scope::IncludingSignedPlans).ok());

    const FixedClock clock(QDate(2025, 4, 3));
    Client next = test::fullClient();
    REQUIRE(ClientStore(db).save(next).ok());
    CHECK(next.id > c.other.id);
    Plan plan = test::fullPlan(next.id);
    REQUIRE(PlanStore(db).save(plan).ok());
    CHECK(plan.id > lastPlanId);
    AuditFilter filter;
    filter.clientId = next.id;
    CHECK(auditLog(db).query(filter).isEmpty());
}
