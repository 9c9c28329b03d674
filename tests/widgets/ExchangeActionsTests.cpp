// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "actions/ExchangeActions.h"
#include "demo/DemoData.h"
#include "models/CaseListModel.h"
#include "views/CaseListView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("Export for the TE office from the window, and import into another database",
          "[widgets][exchange]")
{
    test::TempDatabase source;
    REQUIRE(DemoData::generate(source.connection(), 5).error.isEmpty());
    MainWindow window(source.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExchangeActions *actions = window.findChild<ExchangeActions *>();
    REQUIRE(actions);
    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(QModelIndex());
    CHECK_FALSE(actions->exportAction()->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(actions->exportAction()->isEnabled());

    QTemporaryDir out;
    QSignalSpy messages(actions, &ExchangeActions::message);
    REQUIRE(actions->exportTo(out.path(), QStringLiteral("TE-palvelut"), false));
    REQUIRE(messages.count() == 1);
    CHECK(messages.first().first().toString().startsWith(QStringLiteral("Exported")));
    const QStringList json = QDir(out.path()).entryList({QStringLiteral("*.json")});
    REQUIRE(json.size() == 1);
    CHECK(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size() == 1);

    // The same plan again into its own database is reported, not duplicated.
    CHECK_FALSE(actions->importFrom(out.filePath(json.first())));
    CHECK(messages.last().first().toString().contains(QStringLiteral("already")));

    test::TempDatabase target;
    MainWindow other(target.connection());
    ExchangeActions *otherActions = other.findChild<ExchangeActions *>();
    REQUIRE(otherActions);
    CHECK(other.caseModel()->rowCount() == 0);
    REQUIRE(otherActions->importFrom(out.filePath(json.first())));
    CHECK(other.caseModel()->rowCount() == 1);
    CHECK(other.caseModel()->rowAt(0).status == PlanStatus::Draft);
}
