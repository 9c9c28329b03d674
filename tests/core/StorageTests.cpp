// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "models/CaseListModel.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
// Tests fix today so that the sample plans (drawn up in 2025) are valid whenever they run.
const QDate fixedToday(2026, 11, 23);
} // namespace

TEST_CASE("A new database file is created private and migrated", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    CHECK(database.quickCheck() == QStringLiteral("ok"));
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadGroup));

    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2); // FULL
}

TEST_CASE("An empty existing file is migrated like a new one", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(test::writeFile(path, {}));
    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Reopening a database keeps its data and version", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    qint64 id = 0;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        Client client = test::fullClient();
        REQUIRE(ClientStore(database.connection()).save(client).ok());
        id = client.id;
    }
    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(ClientStore(database.connection()).load(id).has_value());
    // No migration ran, so the only backup is the day's first-open copy.
    const QStringList backups =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().startsWith(QStringLiteral("k-daily-")));
}

TEST_CASE("A file that is not a database is refused and left unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
    const QByteArray bytes = QByteArrayLiteral("Dear officer, this is a letter, not a database.\n");
    REQUIRE(test::writeFile(path, bytes));
    Database database;
    const Database::OpenResult result = database.open(path);
    CHECK(result.status == Database::Status::NotADatabase);
    CHECK(result.message.contains(QStringLiteral("letter.sqlite")));
    CHECK_FALSE(database.isOpen());
    CHECK(test::fileBytes(path) == bytes);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A database from a newer Kotoplan is refused and left unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database database;
        REQUIRE(database.open(path).ok());
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = test::fileBytes(path);
    Database database;
    const Database::OpenResult result = database.open(path);
    CHECK(result.status == Database::Status::NewerSchema);
    CHECK(result.message.contains(QStringLiteral("newer version")));
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A damaged database is refused and left unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        Database database;
        REQUIRE(database.open(path).ok());
        Client client = test::fullClient();
        REQUIRE(ClientStore(database.connection()).save(client).ok());
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.size() >= 3 * 4096);
    // Overwrite the second page (the first table's root) with garbage.
    for (int i = 4096; i < 2 * 4096; ++i)
        bytes[i] = char(0xA5);
    REQUIRE(test::writeFile(path, bytes));
    Database database;
    const Database::OpenResult result = database.open(path);
    CHECK_FALSE(result.ok());
    CHECK(test::fileBytes(path) == bytes);
}

TEST_CASE("Every field of a client survives save and load", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    ClientStore store(db.connection());

    SECTION("all fields filled")
    {
        Client client = test::fullClient();
        REQUIRE(store.save(client).ok());
        CHECK(client.id > 0);
        CHECK(client.rowVersion == 1);
        CHECK(store.load(client.id) == client);
    }
    SECTION("names in every script")
    {
        for (const test::ScriptSample &sample : test::scriptSamples()) {
            INFO(sample.script);
            Client client = test::fullClient();
            client.name = sample.text;
            client.address = sample.text;
            REQUIRE(store.save(client).ok());
            CHECK(store.load(client.id)->name == sample.text);
            CHECK(store.load(client.id)->address == sample.text);
        }
    }
    SECTION("only the required fields")
    {
        Client client;
        client.name = QStringLiteral("A");
        client.dateOfBirth = QDate(2000, 1, 1);
        REQUIRE(store.save(client).ok());
        const Result<Client> loaded = store.load(client.id);
        REQUIRE(loaded);
        CHECK(*loaded == client);
        CHECK(loaded->motherTongues.isEmpty());
        CHECK(loaded->arrivedInFinland.isNull());
        CHECK_FALSE(loaded->firstPermitDate.isValid());
    }
}

TEST_CASE("An invalid client is refused and nothing is stored", "[store]")
{
    test::TempDatabase db;
    ClientStore store(db.connection());
    Client client = test::fullClient();
    client.dateOfBirth = Clock::today().addDays(3);
    const StoreResult result = store.save(client);
    CHECK(result.status == StoreResult::Status::Invalid);
    CHECK(Validation::fields(result.problems).contains(QStringLiteral("client.dateOfBirth")));
    CHECK(client.id == 0);
    CHECK(store.count() == 0);
}

TEST_CASE("Updating a client bumps its version and refuses a stale copy", "[store]")
{
    test::TempDatabase db;
    ClientStore store(db.connection());
    Client client = test::fullClient();
    REQUIRE(store.save(client).ok());
    Client stale = client;

    client.motherTongues = {QStringLiteral("so")};
    client.citizenships.clear();
    REQUIRE(store.save(client).ok());
    CHECK(client.rowVersion == 2);
    CHECK(store.load(client.id) == client);

    stale.name = QStringLiteral("Overwritten");
    const StoreResult result = store.save(stale);
    CHECK(result.status == StoreResult::Status::Conflict);
    CHECK(store.load(client.id)->name == client.name);
}

TEST_CASE("Every field of a plan survives save and load, sub-goals in order", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());

    SECTION("all fields filled")
    {
        Plan plan = test::fullPlan(client.id);
        REQUIRE(plans.save(plan).ok());
        CHECK(plan.id > 0);
        CHECK(plans.load(plan.id) == plan);
    }
    SECTION("20,000-character texts in every script")
    {
        for (const test::ScriptSample &sample : test::scriptSamples()) {
            INFO(sample.script);
            Plan plan = test::fullPlan(client.id);
            QString longText;
            while (longText.size() < 20000)
                longText += sample.text + QStringLiteral("\n");
            longText.truncate(20000);
            plan.lifeSituation = longText;
            plan.futureWish = sample.text;
            plan.subGoals.append({sample.text, sample.text, 0, sample.text, sample.text});
            plan.participants.append({sample.text, sample.text});
            REQUIRE(plans.save(plan).ok());
            const Result<Plan> loaded = plans.load(plan.id);
            REQUIRE(loaded);
            CHECK(loaded->lifeSituation.size() == 20000);
            CHECK(*loaded == plan);
        }
    }
    SECTION("empty fields stay empty")
    {
        Plan plan;
        plan.clientId = client.id;
        plan.draftedOn = QDate(2025, 4, 2);
        REQUIRE(plans.save(plan).ok());
        const Result<Plan> loaded = plans.load(plan.id);
        REQUIRE(loaded);
        CHECK(*loaded == plan);
        CHECK(loaded->interpreterPresent == YesNo::Unset);
        CHECK(loaded->mainGoal == MainGoal::None);
        CHECK_FALSE(loaded->nextMeeting.isValid());
    }
    SECTION("rows are replaced on update, in their new order")
    {
        Plan plan = test::fullPlan(client.id);
        REQUIRE(plans.save(plan).ok());
        std::swap(plan.subGoals[0], plan.subGoals[1]);
        plan.participants.removeFirst();
        REQUIRE(plans.save(plan).ok());
        CHECK(plans.load(plan.id) == plan);
    }
}

TEST_CASE("A plan saves in one transaction: a failure leaves the old version", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(plans.save(plan).ok());
    const Plan before = plan;

    // A trigger makes the second sub-goal insert fail half-way through the save.
    QSqlQuery query(db.connection());
    if (test::onPostgres()) {
        REQUIRE(query.exec(
            QStringLiteral("CREATE FUNCTION fail_second() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'disk full'; END; $$")));
        REQUIRE(query.exec(
            QStringLiteral("CREATE TRIGGER fail_second BEFORE INSERT ON plan_sub_goal FOR EACH ROW "
                           "WHEN (NEW.position = 1) EXECUTE FUNCTION fail_second()")));
    } else {
        REQUIRE(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON plan_sub_goal WHEN NEW.position = 1 "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    plan.futureWish = QStringLiteral("changed");
    plan.subGoals.append({QStringLiteral("third"), {}, 0, {}, {}});
    const StoreResult result = plans.save(plan);
    CHECK(result.status == StoreResult::Status::Failed);
    CHECK_FALSE(result.message.isEmpty());
    CHECK(plans.load(before.id) == before);
}

TEST_CASE("A signed plan is never updated through the store", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());
    Plan plan = test::fullPlan(client.id);
    plan.status = PlanStatus::Signed;
    plan.signedOn = plan.draftedOn;
    REQUIRE(plans.save(plan).ok());
    const Plan signedPlan = plan;

    plan.futureWish = QStringLiteral("changed after signing");
    CHECK(plans.save(plan).status == StoreResult::Status::Signed);
    CHECK(plans.load(plan.id) == signedPlan);
}

TEST_CASE("A stale copy of a plan does not overwrite a newer save", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(plans.save(plan).ok());
    Plan stale = plan;
    plan.futureWish = QStringLiteral("first edit");
    REQUIRE(plans.save(plan).ok());
    stale.futureWish = QStringLiteral("second edit");
    CHECK(plans.save(stale).status == StoreResult::Status::Conflict);
    CHECK(plans.load(plan.id)->futureWish == QStringLiteral("first edit"));
}

TEST_CASE("A new plan is the first one, then a review copying the latest", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    PlanStore plans(db.connection());

    Plan first = *plans.draftFor(client, QDate(2025, 4, 2));
    CHECK(first.kind == PlanKind::First);
    CHECK(first.id == 0);
    first = test::fullPlan(client.id);
    first.status = PlanStatus::Signed;
    first.signedOn = first.draftedOn;
    REQUIRE(plans.save(first).ok());

    Plan review = *plans.draftFor(client, QDate(2025, 10, 2));
    CHECK(review.kind == PlanKind::Review);
    CHECK(review.id == 0);
    CHECK(review.status == PlanStatus::Draft);
    CHECK(review.previousPlanId == first.id);
    CHECK(review.firstPlanDate == first.draftedOn);
    CHECK(review.draftedOn == QDate(2025, 10, 2));
    CHECK(review.subGoals == first.subGoals);
    CHECK(review.lifeSituation == first.lifeSituation);
    CHECK_FALSE(review.signedOn.isValid());
    REQUIRE(plans.save(review).ok());
    CHECK(plans.plansOf(client.id)->size() == 2);
}

TEST_CASE("Search finds clients and plans by name and date of birth", "[store]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    ClientStore clients(db.connection());
    PlanStore plans(db.connection());
    const QList<std::pair<QString, QDate>> people = {
        {QStringLiteral("Zsófia Kovács"), QDate(1980, 1, 2)},
        {QStringLiteral("Олена Коваленко"), QDate(1975, 6, 30)},
        {QStringLiteral("Ahmet 50%_Yılmaz"), QDate(1980, 11, 5)},
    };
    for (const auto &[name, birth] : people) {
        Client client;
        client.name = name;
        client.dateOfBirth = birth;
        REQUIRE(clients.save(client).ok());
        Plan plan;
        plan.clientId = client.id;
        plan.draftedOn = QDate(2026, 1, 1);
        REQUIRE(plans.save(plan).ok());
    }
    const auto names = [&clients](const QString &text) {
        QStringList found;
        for (const Client &client : *clients.search(text))
            found.append(client.name);
        return found;
    };
    CHECK(names(QStringLiteral("kovacs")) == QStringList{QStringLiteral("Zsófia Kovács")});
    CHECK(names(QStringLiteral("КОВАЛ")) == QStringList{QStringLiteral("Олена Коваленко")});
    CHECK(names(QStringLiteral("1980")).size() == 2);
    CHECK(names(QStringLiteral("30.6.1975")) == QStringList{QStringLiteral("Олена Коваленко")});
    CHECK(names(QStringLiteral("%")).size() == 1); // a literal percent sign, not a wildcard
    CHECK(names(QStringLiteral("nobody")).isEmpty());
    CHECK(names(QString()).size() == 3);
    CHECK(plans.search(QStringLiteral("yilmaz"))->size() == 1);
    CHECK(plans.search(QStringLiteral("yilmaz"))->first().clientName ==
          QStringLiteral("Ahmet 50%_Yılmaz"));
}

TEST_CASE("The case list shows one row a client with the latest plan", "[model]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client withPlans = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(withPlans).ok());
    Client without;
    without.name = QStringLiteral("Abdi Warsame");
    without.dateOfBirth = QDate(1999, 9, 9);
    REQUIRE(ClientStore(db.connection()).save(without).ok());
    PlanStore plans(db.connection());
    Plan first = test::fullPlan(withPlans.id);
    first.status = PlanStatus::Signed;
    first.signedOn = first.draftedOn;
    REQUIRE(plans.save(first).ok());
    Plan review = *plans.draftFor(withPlans, QDate(2026, 11, 20));
    review.nextMeeting = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
    REQUIRE(plans.save(review).ok());

    CaseListModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOfClient(withPlans.id);
    REQUIRE(row >= 0);
    CHECK(model.rowAt(row).planId == review.id);
    CHECK(model.data(model.index(row, CaseListModel::Kind)).toString() == QStringLiteral("Review"));
    CHECK(model.data(model.index(row, CaseListModel::Status)).toString() ==
          QStringLiteral("Draft"));
    const int other = model.rowOfClient(without.id);
    CHECK(model.rowAt(other).planId == 0);
    CHECK(model.data(model.index(other, CaseListModel::Kind)).toString() ==
          QStringLiteral("No plan yet"));

    model.setSearchText(QStringLiteral("warsame"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).clientId == without.id);
    model.setSearchText(QString());
    model.setFilter(CaseListModel::Filter::MeetingSoon);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).clientId == withPlans.id);
    model.setFilter(CaseListModel::Filter::Drafts);
    CHECK(model.rowCount() == 1);
    model.setFilter(CaseListModel::Filter::All);
    model.sort(CaseListModel::DateOfBirth, Qt::DescendingOrder);
    CHECK(model.rowAt(0).clientId == without.id);
    model.sort(CaseListModel::DateOfBirth, Qt::AscendingOrder);
    CHECK(model.rowAt(0).clientId == withPlans.id);
}
