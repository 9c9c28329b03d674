// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"
#include "window/MeetingMode.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;
using test::retype;

TEST_CASE("Autosave: a pause in typing, leaving a field, closing the window", "[autosave]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();

    SECTION("after a pause, without leaving the field")
    {
        retype(input<QPlainTextEdit>(editor, "lifeSituationEdit"),
               QStringLiteral("Lives in Vaasa"));
        CHECK(editor->saveStateText() == QStringLiteral("Saving…"));
        QTRY_VERIFY_WITH_TIMEOUT(test::readPlan(db.location(), plan.id).lifeSituation ==
                                     QStringLiteral("Lives in Vaasa"),
                                 5000);
        CHECK(editor->saveStateText() == QStringLiteral("Saved"));
    }
    SECTION("when the field loses focus")
    {
        retype(input<QLineEdit>(editor, "nextMeetingPlaceEdit"), QStringLiteral("Library"));
        QTest::keyClick(input<QLineEdit>(editor, "nextMeetingPlaceEdit"), Qt::Key_Tab,
                        Qt::ShiftModifier);
        CHECK(test::readPlan(db.location(), plan.id).nextMeetingPlace == QStringLiteral("Library"));
    }
    SECTION("when the window closes")
    {
        retype(input<QLineEdit>(editor, "occupationPrimaryEdit"), QStringLiteral("Welder"));
        window.close();
        CHECK(test::readPlan(db.location(), plan.id).occupationPrimary == QStringLiteral("Welder"));
    }
}

TEST_CASE("Invalid input is shown in words and the stored plan stays as it was", "[autosave]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    QLineEdit *date = input<QLineEdit>(editor, "draftedOnEdit");

    retype(date, QStringLiteral("31.2.2025"));
    auto *problems = editor->findChild<QWidget *>(QStringLiteral("meetingSection"))
                         ->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("day.month.year")));
    CHECK(date->property("kotoplanInvalid").toBool());
    window.workspace()->saveNow();
    CHECK(editor->saveStateText().startsWith(QStringLiteral("Not saved: ")));
    CHECK(date->text() == QStringLiteral("31.2.2025"));
    CHECK(test::readPlan(db.location(), plan.id) == plan);

    // A text for a goal that takes none: the core's rule, in words, nothing stored.
    retype(date, QStringLiteral("2.4.2025"));
    QTest::keyClick(input<QRadioButton>(editor, "otherGoalRadio"), Qt::Key_Space);
    CHECK(input<QLineEdit>(editor, "otherGoalEdit")->isEnabled());
    CHECK_FALSE(input<QLineEdit>(editor, "occupationPrimaryEdit")->isEnabled());
    window.workspace()->saveNow();
    CHECK(editor->saveStateText().contains(QStringLiteral("Say which goal")));
    CHECK(test::readPlan(db.location(), plan.id).mainGoal == MainGoal::WorkOrEntrepreneurship);
    test::typeText(input<QLineEdit>(editor, "otherGoalEdit"), QStringLiteral("Driving licence"));
    window.workspace()->saveNow();
    CHECK(editor->saveStateText() == QStringLiteral("Saved"));
    const Plan stored = test::readPlan(db.location(), plan.id);
    CHECK(stored.mainGoal == MainGoal::Other);
    CHECK(stored.mainGoalText == QStringLiteral("Driving licence"));
    // The occupational goals stay in the form, though they no longer count.
    CHECK(input<QLineEdit>(editor, "occupationPrimaryEdit")->text() == plan.occupationPrimary);
}

TEST_CASE("Undo and redo take back typing, choices and table rows in order", "[autosave]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    QLineEdit *place = input<QLineEdit>(editor, "nextMeetingPlaceEdit");
    test::typeText(place, QStringLiteral(" B"));
    QTest::keyClick(input<QRadioButton>(editor, "literacyRadio"), Qt::Key_Space);
    test::addTableRow(input<QWidget>(editor, "participantsEditor"), {QStringLiteral("Pekka")});
    const auto participants = [editor] {
        return editor->plan().participants.size();
    };
    CHECK(participants() == 3);

    editor->undoStack()->undo(); // the cell
    editor->undoStack()->undo(); // the row
    CHECK(participants() == 2);
    editor->undoStack()->undo();
    CHECK(editor->plan().mainGoal == MainGoal::WorkOrEntrepreneurship);
    CHECK(input<QLineEdit>(editor, "occupationPrimaryEdit")->isEnabled());
    QTest::keyClick(place, Qt::Key_Z, Qt::ControlModifier);
    CHECK(place->text() == plan.nextMeetingPlace);
    QTest::keyClick(place, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(place->text() == plan.nextMeetingPlace + QStringLiteral(" B"));
    window.workspace()->saveNow();
    CHECK(test::readPlan(db.location(), plan.id).nextMeetingPlace == place->text());
}

TEST_CASE("Meeting mode hides the case list and every other client", "[meeting]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    Client other;
    other.name = QStringLiteral("Abebe Kebede");
    other.dateOfBirth = QDate(1979, 5, 1);
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    window.caseModel()->reload();
    REQUIRE(window.workspace()->openPlan(plan.id));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(window.meetingMode()->isOn());
    CHECK_FALSE(window.caseList()->isVisible());
    CHECK_FALSE(window.caseList()->searchEdit()->isVisible());
    window.workspace()->showList(); // refused while the client is there
    CHECK_FALSE(window.caseList()->isVisible());
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QString text = widget->property("text").toString() + widget->windowTitle();
        CHECK_FALSE(text.contains(other.name));
    }
    test::saveScreenshot(window, QStringLiteral("editor-meeting-mode"));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(window.meetingMode()->isOn());
    window.workspace()->showList();
    CHECK(window.caseList()->isVisible());
}

TEST_CASE("Screenshots of every section of the editor at 1366x768", "[screenshots]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    const QList<QWidget *> boxes = editor->sectionBoxes();
    REQUIRE(boxes.size() == 11);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!boxes.at(i)->isVisible())
            continue; // a first plan has no review of the one before
        editor->scrollArea()->verticalScrollBar()->setValue(boxes.at(i)->y());
        QTest::qWait(20);
        const QString path = test::saveScreenshot(window, QStringLiteral("editor-%1-%2")
                                                              .arg(i + 1, 2, 10, QLatin1Char('0'))
                                                              .arg(boxes.at(i)->objectName()));
        CHECK(QFileInfo::exists(path));
    }
}

TEST_CASE("kill -9 two and a half seconds after an edit: the edit is in the database",
          "[autosave][sqlite]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(KOTOPLAN_KILL_HELPER),
                 {db.path(), QString::number(plan.id), QStringLiteral("Typed before the crash")});
    REQUIRE(helper.waitForStarted());
    QByteArray output;
    while (!output.contains("typed") && helper.waitForReadyRead(20000))
        output += helper.readAllStandardOutput();
    REQUIRE(output.contains("typed"));
    QTest::qWait(2500);
    helper.kill(); // SIGKILL: no chance to save on the way out
    REQUIRE(helper.waitForFinished());
    CHECK(test::readPlan(db.location(), plan.id).lifeSituation ==
          QStringLiteral("Typed before the crash"));
}
