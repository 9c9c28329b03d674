// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/NoPlanView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("Opening a client without a plan makes none, and a late first plan is asked about first",
          "[newplan]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    test::TempDatabase db;
    Client client = test::fullClient();
    client.firstPermitDate = QDate(2021, 2, 14); // the window closed on 14.2.2024
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    CaseWorkspace *workspace = window.workspace();

    REQUIRE(workspace->openCase(client.id, 0));
    CHECK(workspace->currentWidget() == workspace->noPlanView());
    CHECK(workspace->noPlanView()->text() == QStringLiteral("No plan yet."));
    CHECK(workspace->noPlanView()->newPlanButton()->hasFocus());
    CHECK(PlanStore(db.connection()).count() == 0);
    test::saveScreenshot(window, QStringLiteral("no-plan-yet"));

    // The button asks about the closed window; Cancel makes nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(workspace->noPlanView()->newPlanButton(), Qt::Key_Space);
    CHECK(MessageBox::lastText().contains(QStringLiteral("three-year window")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("14.2.2024")));
    CHECK(PlanStore(db.connection()).count() == 0);
    CHECK_FALSE(workspace->isEditing());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(PlanStore(db.connection()).count() == 1);
    CHECK(workspace->isEditing());
}

TEST_CASE("A first plan within the three-year window is made without a question", "[newplan]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    MainWindow window(db.connection());
    REQUIRE(window.workspace()->openCase(client.id, 0));
    const QString before = MessageBox::lastText();
    REQUIRE(window.workspace()->newPlan());
    CHECK(MessageBox::lastText() == before);
    CHECK(PlanStore(db.connection()).count() == 1);
}
