// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "models/ParticipantModel.h"
#include "models/SubGoalModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <type_traits>

using namespace kotoplan;

TEST_CASE("Participants: rows are added, edited, moved and removed in place", "[models]")
{
    ParticipantModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(test::fullPlan(1).participants);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(1, ParticipantModel::Name).data().toString() ==
          QStringLiteral("Олена Коваленко"));
    CHECK(model.headerData(ParticipantModel::Organisation, Qt::Horizontal).toString() ==
          QStringLiteral("Organisation"));

    REQUIRE(model.insertRows(1, 1));
    REQUIRE(model.setData(model.index(1, ParticipantModel::Name), QStringLiteral("Aino Mäki")));
    REQUIRE(model.setData(model.index(1, ParticipantModel::Organisation),
                          QStringLiteral("Hyvinvointialue")));
    CHECK(model.rows().at(1) ==
          Participant{QStringLiteral("Aino Mäki"), QStringLiteral("Hyvinvointialue")});

    // Down by one: the destination counts rows before the move.
    REQUIRE(model.moveRows({}, 1, 1, {}, 3));
    CHECK(model.rows().at(2).name == QStringLiteral("Aino Mäki"));
    REQUIRE(model.moveRows({}, 2, 1, {}, 0));
    CHECK(model.rows().at(0).name == QStringLiteral("Aino Mäki"));
    CHECK_FALSE(model.moveRows({}, 0, 1, {}, 1)); // onto itself: nothing to do

    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rows() == test::fullPlan(1).participants);
    CHECK_FALSE(model.removeRows(2, 1));
    CHECK_FALSE(model.insertRows(5, 1));
}

TEST_CASE("Sub-goals: an ordered, editable table, and a typed measure is no catalogue service",
          "[models]")
{
    SubGoalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<SubGoal> rows = test::fullPlan(1).subGoals;
    rows[0].serviceId = 7;
    model.setRows(rows);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.index(0, SubGoalModel::Responsible).data().toString() ==
          QStringLiteral("Employment authority"));
    CHECK(model.index(0, 0).data(SubGoalModel::ServiceIdRole).toLongLong() == 7);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(model.index(0, SubGoalModel::Measure), QStringLiteral("YKI course")));
    CHECK(changed.count() == 1);
    CHECK(model.rows().at(0).measure == QStringLiteral("YKI course"));
    CHECK(model.rows().at(0).serviceId == 0);

    // A service chosen from the catalogue: measure, id and party in one change.
    REQUIRE(model.setService(1, 12, QStringLiteral("Guidance and counselling"),
                             QStringLiteral("Municipality")));
    CHECK(changed.count() == 2);
    CHECK(model.rows().at(1).measure == QStringLiteral("Guidance and counselling"));
    CHECK(model.rows().at(1).serviceId == 12);
    CHECK(model.rows().at(1).responsible == QStringLiteral("Municipality"));
    CHECK(model.index(1, SubGoalModel::Measure).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("A service of the integration programme's catalogue"));
    CHECK(model.index(0, SubGoalModel::Measure).data(Qt::ToolTipRole).isNull());

    // The same choice again changes nothing; a service without a party keeps the typed one.
    REQUIRE(model.setService(1, 12, QStringLiteral("Guidance and counselling"), QString()));
    CHECK(changed.count() == 2);
    REQUIRE(model.setService(1, 13, QStringLiteral("Meeting places"), QString()));
    CHECK(model.rows().at(1).responsible == QStringLiteral("Municipality"));
    CHECK_FALSE(model.setService(5, 13, QStringLiteral("Meeting places"), QString()));

    REQUIRE(model.insertRows(2, 2));
    REQUIRE(model.setData(model.index(3, SubGoalModel::Schedule), QStringLiteral("Spring")));
    REQUIRE(model.moveRows({}, 3, 1, {}, 0));
    CHECK(model.rows().at(0).schedule == QStringLiteral("Spring"));
    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rowCount() == 3);
    CHECK(model.rows().at(0).goal == QStringLiteral("Finnish A2"));

    // The last column is the date the service began, typed as it is shown.
    REQUIRE(model.setData(model.index(0, SubGoalModel::StartedOn), QStringLiteral("2.10.2025")));
    CHECK(model.rows().at(0).startedOn == QDate(2025, 10, 2));
    CHECK(model.index(0, SubGoalModel::StartedOn).data().toString() == QStringLiteral("2.10.2025"));
    QSignalSpy refused(&model, &SubGoalModel::dateRefused);
    CHECK_FALSE(
        model.setData(model.index(0, SubGoalModel::StartedOn), QStringLiteral("2.13.2025")));
    REQUIRE(refused.count() == 1);
    CHECK(model.rows().at(0).startedOn == QDate(2025, 10, 2));
    REQUIRE(model.setData(model.index(0, SubGoalModel::StartedOn), QString()));
    CHECK_FALSE(model.rows().at(0).startedOn.isValid());
}

TEST_CASE("Both editable tables number their rows and change nothing outside them", "[models]")
{
    const auto check = [](auto &model, const auto &rows) {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRows(rows);
        const int count = model.rowCount();
        REQUIRE(count == rows.size());
        CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);
        CHECK(model.headerData(count - 1, Qt::Vertical).toInt() == count);
        CHECK(model.headerData(model.columnCount(), Qt::Horizontal).isNull());
        CHECK(model.rowAt(model.index(count, 0)) == std::decay_t<decltype(rows.first())>{});
        CHECK_FALSE(model.setData(model.index(count, 0), QStringLiteral("x")));
        CHECK_FALSE(model.setData(model.index(0, 0), QStringLiteral("x"), Qt::DisplayRole));
        CHECK_FALSE(model.moveRows({}, 0, 1, {}, count + 1));
        CHECK(model.rows() == rows);
        // The same text again is no change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        REQUIRE(model.setData(model.index(0, 0), model.index(0, 0).data()));
        CHECK(changed.isEmpty());
    };
    ParticipantModel participants;
    check(participants, test::fullPlan(1).participants);
    SubGoalModel subGoals;
    check(subGoals, test::fullPlan(1).subGoals);
}
