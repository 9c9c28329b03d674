// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "tables/TableEditor.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"
#include "window/MeetingMode.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;
using test::retype;

namespace {

struct OpenCase
{
    Client client;
    Plan plan;
};

OpenCase storeCase(QSqlDatabase db, Client client)
{
    REQUIRE(ClientStore(db).save(client).ok());
    Plan plan = *PlanStore(db).draftFor(client, Clock::today());
    REQUIRE(PlanStore(db).save(plan).ok());
    return {client, plan};
}

} // namespace

TEST_CASE("Every field typed in the editor is in the database after closing", "[editor]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    Client start;
    start.name = test::fullClient().name;
    start.dateOfBirth = test::fullClient().dateOfBirth;
    const OpenCase opened = storeCase(db.connection(), start);
    {
        MainWindow window(db.connection());
        REQUIRE(test::showActive(window));
        REQUIRE(window.workspace()->openPlan(opened.plan.id));
        PlanEditor *editor = window.editor();
        retype(input<QLineEdit>(editor, "motherTonguesEdit"), QStringLiteral("vi, zh"));
        retype(input<QLineEdit>(editor, "citizenshipsEdit"), QStringLiteral("VN"));
        retype(input<QLineEdit>(editor, "contactLanguageEdit"), QStringLiteral("en"));
        retype(input<QLineEdit>(editor, "addressEdit"), QStringLiteral("Esimerkkikatu 5 B 12"));
        retype(input<QLineEdit>(editor, "postalCodeEdit"), QStringLiteral("65100"));
        retype(input<QLineEdit>(editor, "postOfficeEdit"), QStringLiteral("VAASA"));
        retype(input<QLineEdit>(editor, "phoneEdit"), QStringLiteral("+358401234567"));
        retype(input<QLineEdit>(editor, "emailEdit"), QStringLiteral("huong@example.fi"));
        retype(input<QLineEdit>(editor, "arrivedInFinlandEdit"), QStringLiteral("3/2025"));
        retype(input<QLineEdit>(editor, "firstPermitDateEdit"), QStringLiteral("14.2.2025"));

        const Plan full = test::fullPlan(opened.client.id);
        for (const Participant &row : full.participants)
            test::addTableRow(input<QWidget>(editor, "participantsEditor"),
                              {row.name, row.organisation});
        QTest::keyClick(input<QRadioButton>(editor, "interpreterYesRadio"), Qt::Key_Space);
        retype(input<QLineEdit>(editor, "interpreterLanguageEdit"), QStringLiteral("vi"));
        QTest::keyClick(input<QRadioButton>(editor, "modePhoneRadio"), Qt::Key_Space);
        retype(input<QLineEdit>(editor, "draftedOnEdit"), QStringLiteral("2.4.2025"));
        retype(input<QPlainTextEdit>(editor, "lifeSituationEdit"), full.lifeSituation);
        retype(input<QPlainTextEdit>(editor, "futureWishEdit"), full.futureWish);
        QTest::keyClick(input<QRadioButton>(editor, "workRadio"), Qt::Key_Space);
        retype(input<QPlainTextEdit>(editor, "mainGoalDetailsEdit"), full.mainGoalDetails);
        retype(input<QLineEdit>(editor, "occupationPrimaryEdit"), full.occupationPrimary);
        retype(input<QLineEdit>(editor, "occupationAlternativesEdit"), full.occupationAlternatives);
        retype(input<QPlainTextEdit>(editor, "languageStudyPlanEdit"), full.languageStudyPlan);
        retype(input<QPlainTextEdit>(editor, "otherStudyPlanEdit"), full.otherStudyPlan);
        retype(input<QPlainTextEdit>(editor, "longTermMeasuresEdit"), full.longTermMeasures);
        for (const SubGoal &row : full.subGoals)
            test::addTableRow(input<QWidget>(editor, "subGoalsEditor"),
                              {row.goal, row.measure, row.responsible, row.schedule});
        QTest::keyClick(input<QCheckBox>(editor, "rightsDiscussedCheck"), Qt::Key_Space);
        QTest::keyClick(input<QCheckBox>(editor, "clientUnderstoodCheck"), Qt::Key_Space);
        retype(input<QPlainTextEdit>(editor, "clientCommitmentsEdit"), full.clientCommitments);
        retype(input<QPlainTextEdit>(editor, "municipalityCommitmentsEdit"),
               full.municipalityCommitments);
        retype(input<QLineEdit>(editor, "nextMeetingDateEdit"), QStringLiteral("2.10.2025"));
        retype(input<QLineEdit>(editor, "nextMeetingTimeEdit"), QStringLiteral("9.30"));
        retype(input<QLineEdit>(editor, "nextMeetingPlaceEdit"), full.nextMeetingPlace);
        CHECK(editor->saveStateText() != QString());
        window.close(); // saves without asking
    }

    Database reopened;
    REQUIRE(reopened.open(db.location()).ok());
    const Result<Plan> plan = PlanStore(reopened.connection()).load(opened.plan.id);
    const Result<Client> client = ClientStore(reopened.connection()).load(opened.client.id);
    REQUIRE(plan.has_value());
    REQUIRE(client.has_value());
    Plan expected = test::fullPlan(opened.client.id);
    expected.id = plan->id;
    expected.rowVersion = plan->rowVersion;
    CHECK(plan->participants == expected.participants);
    CHECK(plan->subGoals == expected.subGoals);
    CHECK(plan->nextMeeting == expected.nextMeeting);
    CHECK(*plan == expected);
    Client expectedClient = test::fullClient();
    expectedClient.id = client->id;
    expectedClient.rowVersion = client->rowVersion;
    CHECK(*client == expectedClient);
}

TEST_CASE("Tab walks the plan editor from the top of the form to the bottom", "[editor]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    OpenCase opened = storeCase(db.connection(), test::fullClient());
    Plan full = test::fullPlan(opened.client.id);
    full.id = opened.plan.id;
    full.rowVersion = opened.plan.rowVersion;
    REQUIRE(PlanStore(db.connection()).save(full).ok());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(opened.plan.id));
    PlanEditor *editor = window.editor();
    QWidget *contents = editor->scrollArea()->widget();

    QWidget *first = editor->inputs().constFirst();
    first->setFocus();
    QList<QWidget *> walked{first};
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        // In a table Tab goes from cell to cell and leaves the table after its last cell.
        if (now == walked.constLast() && qobject_cast<QAbstractItemView *>(now))
            continue;
        if (!now || !editor->inputs().contains(now) || walked.contains(now))
            break;
        walked.append(now);
    }
    // Every input once; the tables' remove and move buttons are no Tab stops (Ctrl+Delete,
    // Ctrl+Up, Ctrl+Down), Add row is the one after each table.
    CHECK(walked.size() > 34);
    CHECK(walked.constLast()->objectName() == QStringLiteral("nextMeetingPlaceEdit"));
    for (qsizetype i = 1; i < walked.size(); ++i) {
        const QPoint before = walked.at(i - 1)->mapTo(contents, walked.at(i - 1)->rect().center());
        const QPoint after = walked.at(i)->mapTo(contents, walked.at(i)->rect().center());
        INFO(walked.at(i - 1)->objectName() << " then " << walked.at(i)->objectName());
        const bool sameLine = qAbs(after.y() - before.y()) <= 8;
        CHECK((sameLine ? after.x() > before.x() : after.y() > before.y()));
    }
}

TEST_CASE("Every input has a visible label or text and an accessible name", "[editor]")
{
    PlanEditor editor;
    editor.resize(1366, 768);
    editor.show();
    QList<QWidget *> buddies;
    for (QLabel *label : editor.findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.append(label->buddy());
    }
    for (QWidget *widget : editor.inputs()) {
        INFO(widget->objectName());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        if (!qobject_cast<QAbstractButton *>(widget))
            CHECK(buddies.contains(widget));
    }
}

TEST_CASE("Eligibility: the deadline and days left, and a warning past it that never blocks",
          "[editor]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    Client client = test::fullClient();
    client.arrivedInFinland = {2019, 5};
    client.firstPermitDate = QDate(2020, 3, 1);
    const OpenCase opened = storeCase(db.connection(), client);
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(opened.plan.id));
    PlanEditor *editor = window.editor();
    auto *warning = editor->findChild<QLabel *>(QStringLiteral("warningLabel"));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("deadline has passed")));
    CHECK(editor->findChild<QLabel *>(QStringLiteral("deadlineInfoLabel"))
              ->text()
              .contains(QStringLiteral("1.3.2023")));

    // Typing a recent permit date clears the warning and shows the days left.
    retype(input<QLineEdit>(editor, "firstPermitDateEdit"), QStringLiteral("1.3.2025"));
    CHECK_FALSE(warning->isVisible());
    CHECK(editor->findChild<QLabel *>(QStringLiteral("deadlineInfoLabel"))
              ->text()
              .contains(QStringLiteral("days left: 1064")));

    // Past the deadline the plan is still saved: warn, never block.
    retype(input<QLineEdit>(editor, "firstPermitDateEdit"), QStringLiteral("1.3.2020"));
    retype(input<QLineEdit>(editor, "nextMeetingPlaceEdit"), QStringLiteral("Library"));
    CHECK(window.workspace()->saveNow());
    CHECK(test::readPlan(db.location(), opened.plan.id).nextMeetingPlace ==
          QStringLiteral("Library"));

    // While the client has a draft, New plan opens it: a second draft would split the work.
    QStringList messages;
    QObject::connect(window.workspace(), &CaseWorkspace::message,
                     [&messages](const QString &text) { messages.append(text); });
    CHECK(window.workspace()->newPlan());
    CHECK(window.workspace()->session()->planId() == opened.plan.id);
    CHECK(PlanStore(db.connection()).plansOf(opened.client.id)->size() == 1);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first() == QStringLiteral("This client already has a draft plan, of 2.4.2025: "
                                             "it is opened instead of a second one."));

    // Once it is signed, New plan makes the review, with the first plan's date from the
    // client's history, and the log records it.
    const StoreResult signing =
        PlanStore(db.connection())
            .sign(opened.plan.id, Clock::today(), QStringLiteral("Aino Officer"));
    REQUIRE(signing.ok());
    CHECK(window.workspace()->newPlan());
    CHECK(window.workspace()->session()->planId() != opened.plan.id);
    CHECK(PlanStore(db.connection()).plansOf(opened.client.id)->size() == 2);
    CHECK(input<QRadioButton>(editor, "reviewRadio")->isChecked());
    CHECK(input<QLineEdit>(editor, "firstPlanDateEdit")->text() == QStringLiteral("2.4.2025"));
    AuditFilter created;
    created.action = AuditAction::Created;
    CHECK(AuditLog(db.connection(), {}).query(created).size() == 1);
}

TEST_CASE("Table rows move and go by keyboard, and a signed plan is shown read-only", "[editor]")
{
    FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const OpenCase opened = storeCase(db.connection(), test::fullClient());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(opened.plan.id));
    PlanEditor *editor = window.editor();
    QWidget *table = input<QWidget>(editor, "subGoalsEditor");
    test::addTableRow(table, {QStringLiteral("First")});
    test::addTableRow(table, {QStringLiteral("Second")});
    test::addTableRow(table, {QStringLiteral("Third")});
    QTableView *view = static_cast<TableEditor *>(table)->tableView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    const auto goals = [editor] {
        QStringList texts;
        for (const SubGoal &row : editor->plan().subGoals)
            texts.append(row.goal);
        return texts;
    };
    CHECK(goals() ==
          QStringList{QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")});
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(goals() == QStringList{QStringLiteral("First"), QStringLiteral("Second")});
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(goals().size() == 3);
    CHECK(window.workspace()->saveNow());

    Plan signedPlan = test::readPlan(db.location(), opened.plan.id);
    signedPlan.status = PlanStatus::Signed;
    signedPlan.signedOn = QDate(2025, 4, 2);
    {
        Database other;
        REQUIRE(other.open(db.location()).ok());
        REQUIRE(PlanStore(other.connection()).save(signedPlan).ok());
    }
    REQUIRE(window.workspace()->openPlan(opened.plan.id));
    CHECK(input<QPlainTextEdit>(editor, "lifeSituationEdit")->isReadOnly());
    CHECK(editor->banner().contains(QStringLiteral("signed")));
}

TEST_CASE("A plan that cannot be read is not opened, and the status bar says why", "[editor]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(
        QStringLiteral("ALTER TABLE plan_participant RENAME TO plan_participant_hidden")));

    CHECK_FALSE(window.workspace()->openCase(plan.clientId, 0));
    CHECK(window.statusBar()->currentMessage().startsWith(
        PlanStore::tr("The plans could not be read.")));
    window.statusBar()->clearMessage();
    CHECK_FALSE(window.workspace()->openPlan(plan.id));
    CHECK(window.statusBar()->currentMessage().startsWith(
        PlanStore::tr("The plans could not be read.")));
}
