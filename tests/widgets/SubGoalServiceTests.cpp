// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The measure cell of the sub-goal table offers the service catalogue as the officer types.
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "models/SubGoalModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"
#include "tables/MeasureDelegate.h"
#include "tables/ServiceCompleter.h"
#include "tables/TableEditor.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;

namespace {

// Opens the cell for editing by keyboard and returns its editor.
QPlainTextEdit *editCell(QTableView *view, int row, int column)
{
    // The completer's popup, once closed, may leave no window active.
    view->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view->window()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    INFO("row " << row << ", focus on "
                << (QApplication::focusWidget()
                        ? QApplication::focusWidget()->metaObject()->className()
                        : "nothing"));
    REQUIRE(editor);
    return editor;
}

QStringList offered(QAbstractItemView *popup)
{
    QStringList names;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        names.append(popup->model()->index(row, 0).data().toString());
    return names;
}

} // namespace

TEST_CASE("The measure cell offers the catalogue, and a chosen service is stored with its party",
          "[editor][completer]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    ServiceCatalogue catalogue(db.connection());
    const QList<Service> guidance = catalogue.search(QStringLiteral("Guidance and counselling"));
    REQUIRE(guidance.size() == 1);
    const qint64 serviceId = guidance.first().id;

    MainWindow window(db.connection());
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    QTableView *view =
        static_cast<TableEditor *>(input<QWidget>(editor, "subGoalsEditor"))->tableView();
    QAbstractItemModel *model = view->model();
    REQUIRE(model->rowCount() == 2);
    editor->undoStack()->clear();

    // A new row: the sub-goal, then Tab on to the measure, where a prefix offers the catalogue.
    view->setFocus();
    view->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(view, Qt::Key_Insert);
    REQUIRE(model->rowCount() == 3);
    QWidget *goalEditor = QApplication::focusWidget();
    test::typeText(goalEditor, QStringLiteral("Finds the services"));
    QTest::keyClick(goalEditor, Qt::Key_Tab);
    REQUIRE(model->index(2, SubGoalModel::Goal).data().toString() ==
            QStringLiteral("Finds the services"));
    QPlainTextEdit *measureEditor = editCell(view, 2, SubGoalModel::Measure);
    test::typeText(measureEditor, QStringLiteral("guid"));
    ServiceCompleter *completer = editor->findChild<MeasureDelegate *>()->completer();
    QAbstractItemView *popup = completer->popup();
    REQUIRE(popup->isVisible());
    REQUIRE(offered(popup).contains(QStringLiteral("Guidance and counselling")));
    CHECK(offered(popup).first() == QStringLiteral("Guidance and counselling"));
    // The names fit in the list, not cut off.
    CHECK(popup->width() >= popup->sizeHintForColumn(0));
    // The list stands right under the line typed, at the cell's left edge, not under the
    // taller editor's bottom (typed again with the cell scrolled into the screen).
    auto *scroll = qobject_cast<QScrollArea *>(editor->findChild<QScrollArea *>());
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(measureEditor);
    QTest::keyClick(measureEditor, Qt::Key_Backspace);
    test::typeText(measureEditor, QStringLiteral("d"));
    REQUIRE(popup->isVisible());
    const QPoint lineBottom =
        measureEditor->viewport()->mapToGlobal(measureEditor->cursorRect().bottomLeft());
    const QPoint cellLeft = view->viewport()->mapToGlobal(
        view->visualRect(model->index(2, SubGoalModel::Measure)).topLeft());
    INFO("list at " << popup->geometry().top() << ", line ends at " << lineBottom.y());
    CHECK(popup->geometry().top() >= lineBottom.y() - 2);
    CHECK(popup->geometry().top() <=
          lineBottom.y() + measureEditor->fontMetrics().lineSpacing() / 2);
    CHECK(qAbs(popup->geometry().left() - cellLeft.x()) <= 8);
    test::saveScreenshot(window, QStringLiteral("subgoal-measure-typed"));
    test::saveScreenshot(*popup, QStringLiteral("subgoal-measure-suggestions"));

    // Down and Return pick it: the measure, the service id and the responsible party.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());
    CHECK(measureEditor->toPlainText() == QStringLiteral("Guidance and counselling"));
    const QModelIndex measure = model->index(2, SubGoalModel::Measure);
    CHECK(measure.data().toString() == QStringLiteral("Guidance and counselling"));
    CHECK(measure.data(SubGoalModel::ServiceIdRole).toLongLong() == serviceId);
    CHECK(model->index(2, SubGoalModel::Responsible).data().toString() ==
          QStringLiteral("Municipality"));
    // The pick committed the cell and opened the next one, the party, with the catalogue's.
    CHECK(view->currentIndex() == model->index(2, SubGoalModel::Responsible));
    auto *partyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(partyEditor);
    CHECK(partyEditor->text() == QStringLiteral("Municipality"));
    QTest::keyClick(partyEditor, Qt::Key_Escape);
    CHECK(model->index(2, SubGoalModel::Measure).data(SubGoalModel::ServiceIdRole).toLongLong() ==
          serviceId);
    test::saveScreenshot(window, QStringLiteral("subgoal-measure-chosen"));

    // One undo takes the choice back whole, redo brings it again.
    editor->undoStack()->undo();
    CHECK(editor->plan().subGoals.at(2).measure.isEmpty());
    CHECK(editor->plan().subGoals.at(2).serviceId == 0);
    CHECK(editor->plan().subGoals.at(2).responsible.isEmpty());
    CHECK(editor->plan().subGoals.at(2).goal == QStringLiteral("Finds the services"));
    editor->undoStack()->redo();
    CHECK(editor->plan().subGoals.at(2).serviceId == serviceId);

    // Autosave stores the id and the party.
    QTRY_VERIFY_WITH_TIMEOUT(test::readPlan(db.location(), plan.id).subGoals.size() == 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->session()->hasPendingChanges(), 5000);
    const SubGoal stored = test::readPlan(db.location(), plan.id).subGoals.at(2);
    CHECK(stored.measure == QStringLiteral("Guidance and counselling"));
    CHECK(stored.serviceId == serviceId);
    CHECK(stored.responsible == QStringLiteral("Municipality"));

    // Typing over a chosen service makes it free text again.
    QPlainTextEdit *again = editCell(view, 2, SubGoalModel::Measure);
    test::typeText(again, QStringLiteral(" at home"));
    QTest::keyClick(again, Qt::Key_Tab);
    if (QWidget *next = QApplication::focusWidget(); qobject_cast<QPlainTextEdit *>(next))
        QTest::keyClick(next, Qt::Key_Escape);
    CHECK(editor->plan().subGoals.at(2).measure ==
          QStringLiteral("Guidance and counselling at home"));
    CHECK(editor->plan().subGoals.at(2).serviceId == 0);
    editor->undoStack()->undo();
    CHECK(editor->plan().subGoals.at(2).serviceId == serviceId);
    REQUIRE(window.workspace()->saveNow());

    // Free text that matches nothing is kept as typed, with no service.
    QPlainTextEdit *free = editCell(view, 0, SubGoalModel::Measure);
    QTest::keyClick(free, Qt::Key_A, Qt::ControlModifier);
    test::typeText(free, QStringLiteral("Qwzx course"));
    CHECK_FALSE(popup->isVisible());
    QTest::keyClick(free, Qt::Key_Tab);
    if (QWidget *next = QApplication::focusWidget(); qobject_cast<QPlainTextEdit *>(next))
        QTest::keyClick(next, Qt::Key_Escape);
    CHECK(editor->plan().subGoals.at(0).measure == QStringLiteral("Qwzx course"));
    CHECK(editor->plan().subGoals.at(0).serviceId == 0);
    REQUIRE(window.workspace()->saveNow());

    // Made inactive, the service is no longer offered; the plan keeps its text and its id.
    REQUIRE(catalogue.setActive(serviceId, false).ok());
    QPlainTextEdit *later = editCell(view, 1, SubGoalModel::Measure);
    QTest::keyClick(later, Qt::Key_A, Qt::ControlModifier);
    test::typeText(later, QStringLiteral("guid"));
    CHECK_FALSE(offered(popup).contains(QStringLiteral("Guidance and counselling")));
    QTest::keyClick(later, Qt::Key_Escape);
    if (popup->isVisible())
        QTest::keyClick(popup, Qt::Key_Escape);
    if (QWidget *still = QApplication::focusWidget(); qobject_cast<QPlainTextEdit *>(still))
        QTest::keyClick(still, Qt::Key_Escape);
    CHECK(model->index(2, SubGoalModel::Measure).data().toString() ==
          QStringLiteral("Guidance and counselling"));
    const SubGoal kept = test::readPlan(db.location(), plan.id).subGoals.at(2);
    CHECK(kept.measure == QStringLiteral("Guidance and counselling"));
    CHECK(kept.serviceId == serviceId);

    // Tab on the list picks the service too, and moves on.
    QPlainTextEdit *tabbed = editCell(view, 0, SubGoalModel::Measure);
    QTest::keyClick(tabbed, Qt::Key_A, Qt::ControlModifier);
    test::typeText(tabbed, QStringLiteral("vänverk"));
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Tab);
    CHECK_FALSE(popup->isVisible());
    CHECK(editor->plan().subGoals.at(0).measure == QStringLiteral("Friend (volunteer) activity"));
    CHECK(editor->plan().subGoals.at(0).serviceId > 0);
    CHECK(editor->plan().subGoals.at(0).responsible == QStringLiteral("Municipality"));
    CHECK(view->currentIndex() == model->index(0, SubGoalModel::Responsible));
}
