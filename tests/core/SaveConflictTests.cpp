// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Two officers save the same case from two connections: the second save is refused, the
// officer sees both versions field by field, chooses, and the choice is saved over the version
// saved meanwhile, with nothing of it lost that was not chosen away.
#include "TestSupport.h"
#include "fields/SaveConflict.h"
#include "i18n/Translations.h"
#include "models/SaveConflictModel.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace kotoplan;

namespace {

// What each officer's desk holds: the case as read, and the store to write it with.
struct Desk
{
    explicit Desk(const QString &location) { REQUIRE(database.open(location).ok()); }
    Database database;
    ClientStore clients() { return ClientStore(database.connection()); }
    PlanStore plans() { return PlanStore(database.connection()); }
    SaveConflict::Version read(qint64 planId)
    {
        const Plan plan = *plans().load(planId);
        return {*clients().load(plan.clientId), plan};
    }
};

const SaveConflict::Field *fieldOf(const SaveConflict &conflict, const QString &key)
{
    for (const SaveConflict::Field &field : conflict.fields()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

int rowOf(const SaveConflict &conflict, const QString &key)
{
    for (int row = 0; row < conflict.fields().size(); ++row) {
        if (conflict.fields().at(row).key == key)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("A save conflict lists both versions and saves what the officer chooses", "[conflict]")
{
    translations::installUiLanguage(QStringLiteral("en"));
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());

    Desk liisa(db.location());
    Desk matti(db.location());
    const SaveConflict::Version base = matti.read(plan.id);
    SaveConflict::Version liisas = liisa.read(plan.id);
    SaveConflict::Version mattis = base;

    // Liisa saves first: the wish, an occupation, the phone number.
    liisas.plan.futureWish = QStringLiteral("Liisa: nurse in five years");
    liisas.plan.occupationPrimary = QStringLiteral("Practical nurse (Liisa)");
    liisas.client.phone = QStringLiteral("+358 40 111 1111");
    REQUIRE(liisa.clients().save(liisas.client).ok());
    REQUIRE(liisa.plans().save(liisas.plan).ok());
    const SaveConflict::Version saved = matti.read(plan.id);

    // Matti, on the version he read, changes the wish too and the commitments.
    mattis.plan.futureWish = QStringLiteral("Matti: a cook's training");
    mattis.plan.clientCommitments = QStringLiteral("Matti: attends every course day");
    CHECK(matti.plans().save(mattis.plan).status == StoreResult::Status::Conflict);
    CHECK(matti.read(plan.id).plan == saved.plan); // nothing of Liisa's was touched

    SaveConflict conflict(base, mattis, saved);

    SECTION("every differing field is listed, starting on the side that changed it")
    {
        QStringList keys;
        for (const SaveConflict::Field &field : conflict.fields())
            keys.append(field.key);
        // The form's order, the client's fields first.
        CHECK(keys == QStringList{QStringLiteral("phone"), QStringLiteral("futureWish"),
                                  QStringLiteral("occupationPrimary"),
                                  QStringLiteral("clientCommitments")});
        const SaveConflict::Field *wish = fieldOf(conflict, QStringLiteral("futureWish"));
        REQUIRE(wish);
        CHECK(wish->bothEdited());
        CHECK(wish->keepMine);
        CHECK(wish->mine == QStringLiteral("Matti: a cook's training"));
        CHECK(wish->theirs == QStringLiteral("Liisa: nurse in five years"));
        CHECK(wish->label == QStringLiteral("Future wish"));
        const SaveConflict::Field *phone = fieldOf(conflict, QStringLiteral("phone"));
        REQUIRE(phone);
        CHECK_FALSE(phone->keepMine);
        CHECK(phone->part == SaveConflict::Part::Client);
        CHECK(fieldOf(conflict, QStringLiteral("clientCommitments"))->keepMine);
        CHECK_FALSE(fieldOf(conflict, QStringLiteral("occupationPrimary"))->keepMine);
    }

    SECTION("the choices as they start merge both officers' work")
    {
        SaveConflict::Version chosen = conflict.resolved();
        CHECK(chosen.plan.rowVersion == saved.plan.rowVersion);
        REQUIRE(matti.clients().save(chosen.client).ok());
        REQUIRE(matti.plans().save(chosen.plan).ok());
        const SaveConflict::Version now = liisa.read(plan.id);
        CHECK(now.plan.futureWish == QStringLiteral("Matti: a cook's training"));
        CHECK(now.plan.clientCommitments == QStringLiteral("Matti: attends every course day"));
        CHECK(now.plan.occupationPrimary == QStringLiteral("Practical nurse (Liisa)"));
        CHECK(now.client.phone == QStringLiteral("+358401111111")); // stored in international form
        CHECK(now.plan.lifeSituation == base.plan.lifeSituation);
    }

    SECTION("taking their wish keeps Liisa's; the rest of Matti's work still goes in")
    {
        conflict.setKeepMine(rowOf(conflict, QStringLiteral("futureWish")), false);
        Plan chosenPlan = conflict.resolved().plan;
        REQUIRE(matti.plans().save(chosenPlan).ok());
        const Plan now = *liisa.plans().load(plan.id);
        CHECK(now.futureWish == QStringLiteral("Liisa: nurse in five years"));
        CHECK(now.clientCommitments == QStringLiteral("Matti: attends every course day"));
    }

    SECTION("a choice over a version that changed again meets a conflict again")
    {
        liisas = liisa.read(plan.id);
        liisas.plan.otherStudyPlan = QStringLiteral("Liisa, later: evening classes");
        REQUIRE(liisa.plans().save(liisas.plan).ok());
        Plan chosenPlan = conflict.resolved().plan;
        CHECK(matti.plans().save(chosenPlan).status == StoreResult::Status::Conflict);
        CHECK(liisa.plans().load(plan.id)->otherStudyPlan ==
              QStringLiteral("Liisa, later: evening classes"));
    }
}

TEST_CASE("The same change on both sides is no conflict to choose", "[conflict]")
{
    Plan base = test::fullPlan(1);
    Plan mine = base;
    Plan theirs = base;
    mine.futureWish = theirs.futureWish = QStringLiteral("the same words");
    theirs.rowVersion = base.rowVersion + 1;
    const SaveConflict conflict({test::fullClient(), base}, {test::fullClient(), mine},
                                {test::fullClient(), theirs});
    CHECK(conflict.fields().isEmpty());
    CHECK(conflict.resolved().plan == theirs);
}

TEST_CASE("The conflict table ticks one side per row and shows an emptied field", "[conflict]")
{
    translations::installUiLanguage(QStringLiteral("en"));
    const Client client = test::fullClient();
    Plan base = test::fullPlan(1);
    Plan mine = base;
    Plan theirs = base;
    mine.futureWish = QStringLiteral("mine");
    theirs.futureWish.clear();
    theirs.longTermMeasures = QStringLiteral("theirs");

    SaveConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConflict(SaveConflict({client, base}, {client, mine}, {client, theirs}));
    REQUIRE(model.rowCount() == 2);
    const QModelIndex wishMine = model.index(0, SaveConflictModel::Mine);
    const QModelIndex wishTheirs = model.index(0, SaveConflictModel::Theirs);
    CHECK(model.index(0, SaveConflictModel::Field).data().toString() ==
          QStringLiteral("Future wish (changed by both)"));
    CHECK(
        model.index(0, SaveConflictModel::Field).data(SaveConflictModel::BothEditedRole).toBool());
    CHECK(wishTheirs.data().toString() == QStringLiteral("(empty)"));
    CHECK(wishMine.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    CHECK(wishTheirs.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK(model.index(1, SaveConflictModel::Field).data().toString() ==
          QStringLiteral("Other long-term measures (changed by the other)"));
    CHECK(model.index(1, SaveConflictModel::Theirs)
              .data(Qt::CheckStateRole)
              .value<Qt::CheckState>() == Qt::Checked);

    // Ticking theirs unticks mine; unticking theirs again goes back to mine.
    REQUIRE(model.setData(wishTheirs, Qt::Checked, Qt::CheckStateRole));
    CHECK(wishMine.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK(model.conflict().resolved().plan.futureWish.isEmpty());
    REQUIRE(model.setData(wishTheirs, Qt::Unchecked, Qt::CheckStateRole));
    CHECK(model.conflict().resolved().plan.futureWish == QStringLiteral("mine"));

    model.keepAll(true);
    CHECK(model.conflict().resolved().plan.longTermMeasures == base.longTermMeasures);
    model.keepAll(false);
    CHECK(model.conflict().resolved().plan == theirs);
    CHECK_FALSE(model.flags(model.index(0, SaveConflictModel::Field)) & Qt::ItemIsUserCheckable);
}
