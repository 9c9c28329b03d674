// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "models/CaseListModel.h"
#include "storage/ClientSearch.h"
#include "storage/SqlDialect.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// Clients "Asiakas 001" … in name order, then one whose name sorts after all of them.
struct ManyClients
{
    test::TempDatabase db;
    QList<qint64> ids;
    qint64 lastId = 0;

    explicit ManyClients(int count)
    {
        for (int i = 1; i <= count; ++i) {
            ids.append(test::storeClient(
                db.connection(), QStringLiteral("Asiakas %1").arg(i, 3, 10, QLatin1Char('0')),
                QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28)));
        }
        lastId =
            test::storeClient(db.connection(), QStringLiteral("Zoé Wäinö"), QDate(1985, 11, 23));
    }
};

QSet<qint64> modelIds(CaseListModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.rowAt(row).clientId);
    return ids;
}

QSet<qint64> storeIds(QSqlDatabase db, const QString &text)
{
    QSet<qint64> ids;
    for (const Client &client : *ClientStore(db).search(text))
        ids.insert(client.id);
    return ids;
}

} // namespace

TEST_CASE("The case list reads its rows a batch at a time and counts every match", "[model]")
{
    ManyClients data(250);
    CaseListModel model(data.db.connection());

    CHECK(model.matchCount() == 251);
    CHECK(model.rowCount() == CaseListModel::batchSize);
    CHECK(model.rowAt(0).name == QStringLiteral("Asiakas 001"));
    REQUIRE(model.canFetchMore());
    model.fetchMore();
    CHECK(model.rowCount() == 2 * CaseListModel::batchSize);
    CHECK(model.rowAt(CaseListModel::batchSize).name == QStringLiteral("Asiakas 101"));
    model.fetchMore();
    CHECK(model.rowCount() == 251);
    CHECK_FALSE(model.canFetchMore());
    CHECK(model.rowAt(250).name == QStringLiteral("Zoé Wäinö"));
    // The rows are in name order and none is read twice.
    CHECK(modelIds(model).size() == 251);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(searchKey(model.rowAt(row - 1).name) <= searchKey(model.rowAt(row).name));

    // The tester checks every batch inserted. It must not fetch by itself: Qt 6.4's tester
    // fetches from within a reset's own signal, where no model may insert rows yet.
    CaseListModel tested(data.db.connection());
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    while (tested.canFetchMore())
        tested.fetchMore();
    CHECK(tested.rowCount() == 251);
    tested.sort(CaseListModel::DateOfBirth, Qt::DescendingOrder);
    CHECK(tested.matchCount() == 251);
    CHECK(tested.rowAt(0).dateOfBirth >= tested.rowAt(1).dateOfBirth);
}

TEST_CASE("Search finds a client beyond the first batch, by name and by date of birth", "[model]")
{
    ManyClients data(250);
    CaseListModel model(data.db.connection());
    REQUIRE(model.rowCount() == CaseListModel::batchSize);

    model.setSearchText(QStringLiteral("wain"));
    REQUIRE(model.matchCount() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).clientId == data.lastId);
    CHECK(model.data(model.index(0, CaseListModel::Name)).toString() ==
          QStringLiteral("Zoé Wäinö"));

    model.setSearchText(QStringLiteral("23.11.1985"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).clientId == data.lastId);

    model.setSearchText(QStringLiteral("no such name"));
    CHECK(model.rowCount() == 0);
    CHECK(model.matchCount() == 0);
    CHECK_FALSE(model.canFetchMore());

    // Selecting a client that is further down than the rows read so far reads up to it.
    model.setSearchText(QString());
    REQUIRE(model.rowCount() == CaseListModel::batchSize);
    const int row = model.rowOfClient(data.lastId);
    CHECK(row == 250);
    CHECK(model.rowCount() > row);
    CHECK(model.rowAt(row).clientId == data.lastId);
    CHECK(model.rowOfClient(-5) == -1);
}

TEST_CASE("Search as you type matches what the store's search finds at every keystroke", "[model]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 60, 7).error.isEmpty());
    CaseListModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A name as typed letter by letter, back again, then a year growing into a date.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name, date_of_birth FROM client ORDER BY id")));
    REQUIRE(query.next());
    const QString name = query.value(0).toString();
    const QDate born = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    QStringList typed;
    for (qsizetype i = 1; i <= name.size(); ++i)
        typed.append(name.left(i));
    for (qsizetype i = name.size() - 1; i >= 0; --i)
        typed.append(name.left(i));
    const QString year = QString::number(born.year());
    for (qsizetype i = 1; i <= year.size(); ++i)
        typed.append(year.left(i));
    typed.append(born.toString(QStringLiteral("d.M.yyyy")));
    typed.append(QStringLiteral("%"));
    typed.append(QStringLiteral("a"));
    typed.append(QStringLiteral("A "));

    for (const QString &text : std::as_const(typed)) {
        INFO(text.toStdString());
        model.setSearchText(text);
        const QSet<qint64> expected = storeIds(db.connection(), text);
        CHECK(model.matchCount() == expected.size());
        CHECK(modelIds(model) == expected);
    }
}

TEST_CASE("Every page of the case list follows its order and filter, none read twice", "[model]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 400, 5).error.isEmpty());
    CaseListModel model(db.connection());

    // By plan date, newest first: three batches and more, in order, each client once.
    model.sort(CaseListModel::PlanDate, Qt::DescendingOrder);
    CHECK(model.matchCount() == 400);
    const QSet<qint64> all = modelIds(model);
    CHECK(all.size() == 400);
    CHECK(model.rowCount() == 400);
    for (int row = 1; row < model.rowCount(); ++row) {
        INFO(row);
        CHECK(model.rowAt(row - 1).planDate >= model.rowAt(row).planDate);
    }

    // Drafts: the clients whose latest plan is a draft, as the database counts them.
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT COUNT(*) FROM client c WHERE (SELECT status FROM plan WHERE client_id = c.id "
        "ORDER BY drafted_on DESC, id DESC LIMIT 1) = 'draft'")));
    REQUIRE(query.next());
    const int drafts = query.value(0).toInt();
    REQUIRE(drafts > CaseListModel::batchSize);
    model.sort(CaseListModel::Name, Qt::AscendingOrder);
    model.setFilter(CaseListModel::Filter::Drafts);
    CHECK(model.matchCount() == drafts);
    const QSet<qint64> draftIds = modelIds(model);
    CHECK(draftIds.size() == drafts);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.rowAt(row).status == PlanStatus::Draft);

    // A client further down than the first batch is found under the filter, and one that the
    // filter leaves out is not.
    model.setFilter(CaseListModel::Filter::All);
    model.setFilter(CaseListModel::Filter::Drafts);
    const qint64 first = model.rowAt(0).clientId;
    while (model.canFetchMore())
        model.fetchMore();
    const qint64 deep = model.rowAt(model.rowCount() - 1).clientId;
    model.setFilter(CaseListModel::Filter::All);
    model.setFilter(CaseListModel::Filter::Drafts);
    REQUIRE(model.rowCount() == CaseListModel::batchSize);
    CHECK(model.rowOfClient(deep) == drafts - 1);
    CHECK(model.rowOfClient(first) == 0);
    const QSet<qint64> signedOnly = all - draftIds;
    REQUIRE_FALSE(signedOnly.isEmpty());
    CHECK(model.rowOfClient(*signedOnly.begin()) == -1);
}

TEST_CASE("Demo data builds varied names in several scripts, the same for the same seed", "[demo]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase one;
    test::TempDatabase two;
    const DemoData::Result result = DemoData::generate(one.connection(), 200, 11);
    REQUIRE(result.error.isEmpty());
    CHECK(result.clients == 200);
    REQUIRE(DemoData::generate(two.connection(), 200, 11).error.isEmpty());

    const auto column = [](QSqlDatabase db, const QString &sql) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    };
    const QString names = QStringLiteral("SELECT name FROM client ORDER BY id");
    const QStringList first = column(one.connection(), names);
    CHECK(first == column(two.connection(), names));
    // Far more different people than the 20 of old, and names in many scripts.
    CHECK(QSet<QString>(first.begin(), first.end()).size() > 150);
    QSet<QChar::Script> scripts;
    for (const QString &name : first) {
        for (const QChar ch : name) {
            if (ch.isLetter())
                scripts.insert(ch.script());
        }
    }
    CHECK(scripts.contains(QChar::Script_Latin));
    CHECK(scripts.contains(QChar::Script_Cyrillic));
    CHECK(scripts.contains(QChar::Script_Arabic));
    CHECK(scripts.contains(QChar::Script_Ethiopic));
    CHECK(scripts.contains(QChar::Script_Han));
    CHECK(scripts.size() >= 5);

    // 1 to 4 plans a client, each with 5 to 15 sub-goals.
    const QStringList perClient =
        column(one.connection(), QStringLiteral("SELECT COUNT(*) FROM plan GROUP BY client_id"));
    for (const QString &count : perClient) {
        CHECK(count.toInt() >= 1);
        CHECK(count.toInt() <= 4);
    }
    const QStringList perPlan =
        column(one.connection(),
               QStringLiteral("SELECT COUNT(s.position) FROM plan p LEFT JOIN plan_sub_goal s "
                              "ON s.plan_id = p.id GROUP BY p.id"));
    REQUIRE(perPlan.size() == result.plans);
    for (const QString &count : perPlan) {
        CHECK(count.toInt() >= 5);
        CHECK(count.toInt() <= 15);
    }
}

TEST_CASE("Search finds every client whose name holds the text, in any script", "[model]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 120, 11).error.isEmpty());
    // Names that mix scripts sort among the Latin ones yet hold Cyrillic or Arabic letters: a
    // search that looked for such letters only among the other scripts' names would miss them.
    for (const QString &name : {QStringLiteral("Anna Коваленко"), QStringLiteral("Ali أحمد"),
                                QStringLiteral("Élodie Ωmega"), QStringLiteral("Jens Løvås")})
        test::storeClient(db.connection(), name, QDate(1990, 5, 5));
    // What must be found, counted here from every stored key without the search's SQL.
    QList<std::pair<qint64, QString>> keys;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT id, search_key FROM client")));
    while (query.next())
        keys.append({query.value(0).toLongLong(), query.value(1).toString()});
    REQUIRE(keys.size() == 124);

    CaseListModel model(db.connection());
    for (const QString &text :
         {QStringLiteral("енко"), QStringLiteral("коваленко"), QStringLiteral("أحمد"),
          QStringLiteral("ωm"), QStringLiteral("LØVÅS"), QStringLiteral("enko"),
          QStringLiteral("a"), QStringLiteral("anna к")}) {
        INFO(text.toStdString());
        const QString key = searchKey(text);
        QSet<qint64> expected;
        for (const auto &[id, stored] : std::as_const(keys)) {
            if (stored.contains(key))
                expected.insert(id);
        }
        model.setSearchText(text);
        CHECK(modelIds(model) == expected);
        CHECK(storeIds(db.connection(), text) == expected);
    }
    model.setSearchText(QStringLiteral("anna к"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0).name == QStringLiteral("Anna Коваленко"));
}

TEST_CASE("A search for letters beyond ASCII walks the index of those names alone",
          "[model][sqlite]")
{
    test::TempDatabase db;
    // SQLite's plan for the case list's first page in name order, as the model asks for it.
    const auto planOf = [&db](const QString &text) {
        const SqlCondition found = clientSearchCondition(
            SearchTerms::parse(text), QStringLiteral("c"), SqlDialect(db.connection()));
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM client c WHERE ") +
                      found.sql +
                      QStringLiteral(" ORDER BY c.search_key, c.date_of_birth, c.id LIMIT 100"));
        for (const QVariant &value : found.bindings)
            query.addBindValue(value);
        QStringList steps;
        if (query.exec()) {
            while (query.next())
                steps.append(query.value(3).toString());
        }
        return steps.join(QLatin1Char('\n')).toStdString();
    };
    // Cyrillic and Arabic: only the names that hold such letters are read.
    CHECK_THAT(planOf(QStringLiteral("енко")),
               Catch::Contains("COVERING INDEX client_search_beyond_ascii"));
    CHECK_THAT(planOf(QStringLiteral("أحمد")),
               Catch::Contains("COVERING INDEX client_search_beyond_ascii"));
    // Latin letters and dates may be anywhere: every key is read, in name order.
    CHECK_THAT(planOf(QStringLiteral("enko")), Catch::Contains("COVERING INDEX client_search"));
    CHECK_THAT(planOf(QStringLiteral("enko")), !Catch::Contains("client_search_beyond_ascii"));
    CHECK_THAT(planOf(QStringLiteral("1985")), !Catch::Contains("client_search_beyond_ascii"));
}
