// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The officer records on a signed plan, by keyboard, the day each agreed service began.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "dialogs/ServiceStartDialog.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "editor/PlanEditor.h"
#include "models/SubGoalModel.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"
#include "stores/ServiceStarts.h"
#include "tables/TableEditor.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace kotoplan;

namespace {

const QDate today(2026, 11, 23);

void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

QPushButton *recordButton(PlanEditor *editor)
{
    auto *button = editor->findChild<QPushButton *>(QStringLiteral("recordStartsButton"));
    REQUIRE(button);
    return button;
}

QStringList shownStarts(PlanEditor *editor)
{
    auto *table = editor->findChild<TableEditor *>(QStringLiteral("subGoalsEditor"));
    REQUIRE(table);
    QAbstractItemModel *model = table->tableView()->model();
    QStringList dates;
    for (int row = 0; row < model->rowCount(); ++row)
        dates.append(model->index(row, SubGoalModel::StartedOn).data().toString());
    return dates;
}

} // namespace

TEST_CASE("On a signed plan the officer records by keyboard the day each service began",
          "[services][signing]")
{
    const FixedClock clock(today);
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    REQUIRE(plan.subGoals.size() == 2);
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    PlanEditor *editor = window.editor();
    REQUIRE(window.workspace()->openPlan(plan.id));
    REQUIRE(editor->isReadOnly());
    QPushButton *button = recordButton(editor);
    CHECK(button->isVisible());
    REQUIRE(button->isEnabled());

    // From the sub-goals, Tab reaches the button.
    auto *table = editor->findChild<TableEditor *>(QStringLiteral("subGoalsEditor"));
    table->tableView()->setFocus();
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == button);

    QString refusal;
    test::whenDialogOpens<ServiceStartDialog>([&](ServiceStartDialog &dialog) {
        REQUIRE(dialog.dateEdits().size() == 2);
        CHECK(QApplication::focusWidget() == dialog.dateEdits().at(0));
        test::typeText(QApplication::focusWidget(), QStringLiteral("14.9.2026"));
        key(Qt::Key_Tab);
        test::typeText(QApplication::focusWidget(), QStringLiteral("1.1.2027"));
        key(Qt::Key_Return); // Save: a day after today is refused and the dialog stays
        refusal = dialog.problemsText();
        test::saveScreenshot(dialog, QStringLiteral("service-starts-refused"));
        REQUIRE(dialog.isVisible());
        key(Qt::Key_A, Qt::ControlModifier);
        test::typeText(QApplication::focusWidget(), QStringLiteral("2.10.2026"));
        key(Qt::Key_Return);
    });
    key(Qt::Key_Space);
    CHECK(refusal.contains(QStringLiteral("Row 2")));
    CHECK(refusal.contains(QStringLiteral("after today")));

    // The table shows the dates, the plan stays signed and read-only, and nothing waits to be
    // saved.
    CHECK(shownStarts(editor) == QStringList{dateText::displayDate(QDate(2026, 9, 14)),
                                             dateText::displayDate(QDate(2026, 10, 2))});
    CHECK(editor->isReadOnly());
    CHECK(editor->saveState() == PlanEditor::SaveState::Saved);
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("The start dates of the services were saved."));
    const Result<Plan> stored = PlanStore(db.connection()).load(plan.id);
    REQUIRE(stored);
    CHECK(stored->status == PlanStatus::Signed);
    CHECK(stored->subGoals.at(0).startedOn == QDate(2026, 9, 14));
    CHECK(stored->subGoals.at(1).startedOn == QDate(2026, 10, 2));
    AuditFilter changed;
    changed.action = AuditAction::Changed;
    CHECK(AuditLog(db.connection(), {}).query(changed).size() == 1);
    test::saveScreenshot(window, QStringLiteral("service-starts-recorded"));

    SECTION("the dialog opens again on the dates as stored, and Escape changes nothing")
    {
        QStringList shown;
        test::whenDialogOpens<ServiceStartDialog>([&](ServiceStartDialog &dialog) {
            for (QLineEdit *edit : dialog.dateEdits())
                shown.append(edit->text());
            key(Qt::Key_Escape);
        });
        QApplication::setActiveWindow(&window);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        CHECK(shown == QStringList{dateText::formatDate(QDate(2026, 9, 14)),
                                   dateText::formatDate(QDate(2026, 10, 2))});
        CHECK(PlanStore(db.connection()).load(plan.id)->subGoals == stored->subGoals);
    }
}

TEST_CASE("A draft takes its start dates in the table: no button for it", "[services]")
{
    const FixedClock clock(today);
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    CHECK_FALSE(recordButton(window.editor())->isVisible());
}

TEST_CASE("A start date changed at another desk meanwhile is shown, not overwritten", "[services]")
{
    const FixedClock clock(today);
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    ServiceStartDialog dialog(db.connection(), plan);
    // Another desk records the first service's start while this dialog is open.
    REQUIRE(ServiceStarts(db.connection(), AuditLog(db.connection(), {}))
                .record(plan.id, {{0, {}, QDate(2026, 8, 1)}}, today)
                .ok());
    dialog.dateEdits().at(0)->setText(QStringLiteral("3.8.2026"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemsText().contains(QStringLiteral("Another desk")));
    CHECK(dialog.dateEdits().at(0)->text() == dateText::formatDate(QDate(2026, 8, 1)));
    CHECK(PlanStore(db.connection()).load(plan.id)->subGoals.at(0).startedOn == QDate(2026, 8, 1));
}
