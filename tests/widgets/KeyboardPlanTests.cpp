// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A whole plan typed by keyboard alone, as an officer types it during a meeting: every key goes
// where the keyboard would send it (an open list first, else the focused widget).
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "domain/Party.h"
#include "editor/PlanEditor.h"
#include "models/SubGoalModel.h"
#include "sections/SubGoalsSection.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"
#include "tables/TableEditor.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;

namespace {

// An open list (the catalogue's, a combo box's) takes the keys, as it grabs the keyboard on a
// real screen; the offscreen platform grabs nothing, so the list is looked for here.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && window->windowType() == Qt::Popup)
            return window;
    }
    return QApplication::focusWidget();
}

bool listOpen()
{
    return keyTarget() != QApplication::focusWidget();
}

// One key as the event loop delivers it: what the key queues (a commit) is done before the next.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
    QCoreApplication::processEvents();
}

void type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = keyTarget();
        REQUIRE(target);
        if (ch.unicode() < 0x80 && ch.isPrint())
            QTest::keyClick(target, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
    QCoreApplication::processEvents();
}

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

// The expected plan: the test's full plan with three participants and five sub-goals, two of
// whose measures are picked from the catalogue.
struct Expected
{
    Plan plan;
    QList<bool> picked; // per sub-goal: the measure comes from the catalogue
};

} // namespace

TEST_CASE("A whole plan typed by keyboard alone arrives field by field and cell by cell",
          "[editor][keyboard]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    Client start;
    start.name = test::fullClient().name;
    start.dateOfBirth = test::fullClient().dateOfBirth;
    REQUIRE(ClientStore(db.connection()).save(start).ok());
    const Plan draft = *PlanStore(db.connection()).draftFor(start, Clock::today());
    Plan stored = draft;
    REQUIRE(PlanStore(db.connection()).save(stored).ok());

    ServiceCatalogue catalogue(db.connection());
    const QList<Service> guidance = catalogue.search(QStringLiteral("Guidance and counselling"));
    const QList<Service> friends = catalogue.search(QStringLiteral("Friend (volunteer) activity"));
    REQUIRE(guidance.size() == 1);
    REQUIRE(friends.size() == 1);

    Plan expected = test::fullPlan(start.id);
    expected.participants.append(
        {QStringLiteral("Ahmed Al-Sayed"), QStringLiteral("Kansalaisopisto, Vaasa")});
    expected.subGoals = {
        {QStringLiteral("Finnish A2"), QStringLiteral("Qwzx course, evenings"), 0,
         QStringLiteral("Employment authority"), QStringLiteral("Autumn 2025")},
        {QStringLiteral("Knows the services"), guidance.first().nameEn, guidance.first().id,
         party::label(guidance.first().responsible), QStringLiteral("Within 3 months")},
        {QStringLiteral("Finds friends"), friends.first().nameEn, friends.first().id,
         party::label(friends.first().responsible), QStringLiteral("2025")},
        {QStringLiteral("Driving licence"), QStringLiteral("Qwzx theory lessons"), 0,
         QStringLiteral("Driving school"), QStringLiteral("Spring 2026")},
        {QStringLiteral("Swims"), QStringLiteral("Qwzx swimming lessons"), 0,
         QStringLiteral("Kunta"), QStringLiteral("Summer 2025")}};
    // The service of the first row has begun: its date goes in the last column.
    expected.subGoals[0].startedOn = QDate(2025, 5, 12);
    // Typed into the measure cell: a part of the name, then the list's first item is picked.
    const QHash<int, QString> pickBy{{1, QStringLiteral("guidance and c")},
                                     {2, QStringLiteral("friend (vol")}};

    const Client full = test::fullClient();
    const QHash<QString, QString> texts{
        {QStringLiteral("nameEdit"), full.name},
        {QStringLiteral("dateOfBirthEdit"), QStringLiteral("29.2.1988")},
        {QStringLiteral("motherTonguesEdit"), QStringLiteral("vi, zh")},
        {QStringLiteral("citizenshipsEdit"), QStringLiteral("VN")},
        {QStringLiteral("contactLanguageEdit"), QStringLiteral("en")},
        {QStringLiteral("addressEdit"), full.address},
        {QStringLiteral("postalCodeEdit"), full.postalCode},
        {QStringLiteral("postOfficeEdit"), full.postOffice},
        {QStringLiteral("phoneEdit"), full.phone},
        {QStringLiteral("emailEdit"), full.email},
        {QStringLiteral("arrivedInFinlandEdit"), QStringLiteral("3/2025")},
        {QStringLiteral("firstPermitDateEdit"), QStringLiteral("14.2.2025")},
        {QStringLiteral("interpreterLanguageEdit"), expected.interpreterLanguage},
        {QStringLiteral("draftedOnEdit"), QStringLiteral("2.4.2025")},
        {QStringLiteral("lifeSituationEdit"), expected.lifeSituation},
        {QStringLiteral("futureWishEdit"), expected.futureWish},
        {QStringLiteral("mainGoalDetailsEdit"), expected.mainGoalDetails},
        {QStringLiteral("occupationPrimaryEdit"), expected.occupationPrimary},
        {QStringLiteral("occupationAlternativesEdit"), expected.occupationAlternatives},
        {QStringLiteral("languageStudyPlanEdit"), expected.languageStudyPlan},
        {QStringLiteral("otherStudyPlanEdit"), expected.otherStudyPlan},
        {QStringLiteral("longTermMeasuresEdit"), expected.longTermMeasures},
        {QStringLiteral("clientCommitmentsEdit"), expected.clientCommitments},
        {QStringLiteral("municipalityCommitmentsEdit"), expected.municipalityCommitments},
        {QStringLiteral("nextMeetingDateEdit"), QStringLiteral("2.10.2025")},
        {QStringLiteral("nextMeetingTimeEdit"), QStringLiteral("9.30")},
        {QStringLiteral("nextMeetingPlaceEdit"), expected.nextMeetingPlace}};
    const QStringList spaced{QStringLiteral("workRadio"), QStringLiteral("rightsDiscussedCheck"),
                             QStringLiteral("clientUnderstoodCheck")};

    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(stored.id));
    PlanEditor *editor = window.editor();
    auto *participants = input<TableEditor>(editor, "participantsEditor");
    auto *subGoals = input<TableEditor>(editor, "subGoalsEditor");
    editor->inputs().constFirst()->setFocus(Qt::TabFocusReason);

    QStringList visited;
    bool participantsDone = false;
    bool subGoalsDone = false;
    for (int step = 0; step < 300 && !visited.contains(QStringLiteral("nextMeetingPlaceEdit"));
         ++step) {
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        const QString name = focus->objectName();
        visited.append(name.isEmpty() ? QString::fromLatin1(focus->metaObject()->className())
                                      : name);
        if (focus == participants->tableView() && !participantsDone) {
            // Ctrl+Enter adds a row and opens its first cell; Tab goes from cell to cell.
            for (const Participant &row : expected.participants) {
                press(Qt::Key_Return, Qt::ControlModifier);
                type(row.name);
                press(Qt::Key_Tab);
                type(row.organisation);
            }
            participantsDone = true;
        } else if (focus == subGoals->tableView() && !subGoalsDone) {
            for (int row = 0; row < expected.subGoals.size(); ++row) {
                const SubGoal &goal = expected.subGoals.at(row);
                // Insert adds a row as Ctrl+Enter does.
                press(row % 2 ? Qt::Key_Insert : Qt::Key_Return,
                      row % 2 ? Qt::NoModifier : Qt::ControlModifier);
                type(goal.goal);
                press(Qt::Key_Tab);
                if (pickBy.contains(row)) {
                    type(pickBy.value(row));
                    REQUIRE(listOpen());
                    // Return picks the service, commits it and moves on to the party, which the
                    // catalogue filled in: Tab keeps it.
                    press(Qt::Key_Down);
                    press(Qt::Key_Return);
                    INFO("after picking, focus on " << focusName());
                    REQUIRE_FALSE(listOpen());
                    press(Qt::Key_Tab);
                } else {
                    type(goal.measure);
                    press(Qt::Key_Tab);
                    type(goal.responsible);
                    press(Qt::Key_Tab);
                }
                type(goal.schedule);
                if (goal.startedOn.isValid()) {
                    press(Qt::Key_Tab);
                    type(QStringLiteral("12.5.2025"));
                }
            }
            subGoalsDone = true;
        } else if (texts.contains(name)) {
            press(Qt::Key_A, Qt::ControlModifier);
            type(texts.value(name));
            if (name == QStringLiteral("nextMeetingPlaceEdit"))
                break;
        } else if (spaced.contains(name)) {
            press(Qt::Key_Space);
        }
        press(Qt::Key_Tab);
    }
    INFO("visited: " << visited.join(QStringLiteral(", ")));
    REQUIRE(participantsDone);
    REQUIRE(subGoalsDone);
    // Tab left each table at its end for the next input of the form, never the Add row button
    // in the middle of the table: the walk went through the whole form.
    REQUIRE(visited.constLast() == QStringLiteral("nextMeetingPlaceEdit"));
    CHECK(visited.count(QStringLiteral("addButton")) == 2);
    CHECK(visited.indexOf(QStringLiteral("addButton")) ==
          visited.indexOf(QStringLiteral("tableView")) + 1);
    test::saveScreenshot(window, QStringLiteral("keyboard-plan-typed"));
    REQUIRE(window.workspace()->saveNow());

    const Plan plan = test::readPlan(db.location(), stored.id);
    CHECK(plan.participants == expected.participants);
    for (int row = 0; row < expected.subGoals.size(); ++row) {
        INFO("sub-goal " << row);
        REQUIRE(row < plan.subGoals.size());
        CHECK(plan.subGoals.at(row).goal == expected.subGoals.at(row).goal);
        CHECK(plan.subGoals.at(row).measure == expected.subGoals.at(row).measure);
        CHECK(plan.subGoals.at(row).serviceId == expected.subGoals.at(row).serviceId);
        CHECK(plan.subGoals.at(row).responsible == expected.subGoals.at(row).responsible);
        CHECK(plan.subGoals.at(row).schedule == expected.subGoals.at(row).schedule);
        CHECK(plan.subGoals.at(row).startedOn == expected.subGoals.at(row).startedOn);
    }
    CHECK(plan.subGoals.size() == expected.subGoals.size());
    expected.id = plan.id;
    expected.rowVersion = plan.rowVersion;
    expected.previousPlanId = plan.previousPlanId;
    CHECK(plan.mainGoal == expected.mainGoal);
    CHECK(plan.rightsDiscussed);
    CHECK(plan.clientUnderstood);
    CHECK(plan.nextMeeting == expected.nextMeeting);
    CHECK(plan.lifeSituation == expected.lifeSituation);
    CHECK(plan.futureWish == expected.futureWish);
    CHECK(plan.longTermMeasures == expected.longTermMeasures);
    CHECK(plan.municipalityCommitments == expected.municipalityCommitments);
    const Result<Client> client = ClientStore(db.connection()).load(start.id);
    REQUIRE(client);
    CHECK(client->phone == full.phone);
    CHECK(client->email == full.email);
    CHECK(client->firstPermitDate == full.firstPermitDate);
}

TEST_CASE("Enter finishes a cell, Shift+Enter breaks a line in a long one, and Ctrl+Delete "
          "removes a row that undo brings back",
          "[editor][keyboard]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    QTableView *view = input<TableEditor>(editor, "subGoalsEditor")->tableView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Speaks"));
    press(Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("Finnish"));
    press(Qt::Key_Return);
    // The cell is finished: the focus is on the table, and the next letters edit no cell.
    CHECK(QApplication::focusWidget() == view);
    CHECK(editor->plan().subGoals.at(0).goal == QStringLiteral("Speaks\nFinnish"));

    // A one-line cell: Enter finishes it as well.
    view->setCurrentIndex(view->model()->index(0, 3));
    type(QStringLiteral("Now"));
    press(Qt::Key_Return);
    CHECK(QApplication::focusWidget() == view);
    CHECK(editor->plan().subGoals.at(0).schedule.endsWith(QStringLiteral("Now")));

    // Shift+Tab goes back a cell; off the first cell it leaves the table.
    view->setCurrentIndex(view->model()->index(1, 0));
    press(Qt::Key_Backtab);
    CHECK(view->currentIndex() == view->model()->index(0, SubGoalModel::StartedOn));
    view->setCurrentIndex(view->model()->index(0, 0));
    press(Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() != view);

    // Ctrl+Delete, also from inside an edited cell, removes the row; undo brings it back.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 1));
    QTest::keyClick(view, Qt::Key_F2);
    press(Qt::Key_Delete, Qt::ControlModifier);
    REQUIRE(editor->plan().subGoals.size() == 1);
    CHECK(QApplication::focusWidget() == view);
    editor->undoStack()->undo();
    REQUIRE(editor->plan().subGoals.size() == 2);
    CHECK(editor->plan().subGoals.at(1).goal == plan.subGoals.at(1).goal);
}

TEST_CASE("The start date of a sub-goal's service is typed in its cell, and a text that is no "
          "date is refused with a message",
          "[editor][keyboard]")
{
    FixedClock clock(QDate(2025, 6, 10));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    QTableView *view = input<TableEditor>(editor, "subGoalsEditor")->tableView();
    auto *problems = editor->findChild<SubGoalsSection *>()->findChild<QLabel *>(
        QStringLiteral("problemsLabel"));
    REQUIRE(problems);
    CHECK(view->model()->headerData(SubGoalModel::StartedOn, Qt::Horizontal).toString() ==
          QStringLiteral("Started on"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, SubGoalModel::StartedOn));
    QTest::keyClick(view, Qt::Key_F2);
    type(QStringLiteral("31.2.2025"));
    press(Qt::Key_Return);
    CHECK(problems->text() ==
          QStringLiteral("Type the start date as day.month.year, for example 2.10.2025."));
    CHECK_FALSE(editor->plan().subGoals.at(0).startedOn.isValid());

    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("3.6.2025"));
    press(Qt::Key_Return);
    CHECK(QApplication::focusWidget() == view);
    CHECK(editor->plan().subGoals.at(0).startedOn == QDate(2025, 6, 3));
    CHECK(view->model()->index(0, SubGoalModel::StartedOn).data().toString() ==
          QStringLiteral("3.6.2025"));
    // The last cell of the row: Tab goes on to the next row's first cell.
    press(Qt::Key_F2);
    press(Qt::Key_Tab);
    CHECK(view->currentIndex() == view->model()->index(1, SubGoalModel::Goal));
}
