// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/SignActions.h"
#include "dialogs/MessageBox.h"
#include "dialogs/UnsavedTextDialog.h"
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

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;

namespace {

// A draft with everything but the main goal and the client's understanding (fields 18, 26).
Plan storeUnfinishedDraft(QSqlDatabase db)
{
    Client client = test::fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    plan.mainGoal = MainGoal::None;
    plan.occupationPrimary.clear();
    plan.occupationAlternatives.clear();
    plan.clientUnderstood = false;
    REQUIRE(PlanStore(db).save(plan).ok());
    return plan;
}

void setOfficer()
{
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    QSettings().setValue(QStringLiteral("officer/organisation"), QStringLiteral("Vaasan kaupunki"));
}

int signedLines(QSqlDatabase db)
{
    AuditFilter filter;
    filter.action = AuditAction::Signed;
    return int(AuditLog(db, {}).query(filter).size());
}

} // namespace

TEST_CASE("Sign plan lists what is missing field by field, then asks once and signs", "[signing]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    setOfficer();
    test::TempDatabase db;
    const Plan draft = storeUnfinishedDraft(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(draft.id));
    PlanEditor *editor = window.editor();
    QAction *sign = window.signActions()->signAction();
    CHECK(sign->isEnabled());
    CHECK(editor->signButton()->isVisible());
    CHECK(editor->signedText().isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const QString refusal = MessageBox::lastText();
    CHECK(refusal.contains(QStringLiteral("Main goal: Choose the main goal.")));
    CHECK(refusal.contains(QStringLiteral("understands the plan")));
    CHECK_FALSE(refusal.contains(QStringLiteral("Rights and obligations")));
    CHECK(test::readPlan(db.location(), draft.id).status == PlanStatus::Draft);

    // The officer fills in what was missing, by keys, and signs with the editor's button.
    QTest::keyClick(input<QRadioButton>(editor, "workRadio"), Qt::Key_Space);
    QTest::keyClick(input<QCheckBox>(editor, "clientUnderstoodCheck"), Qt::Key_Space);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    editor->signButton()->setFocus();
    QTest::keyClick(editor->signButton(), Qt::Key_Space);
    const QString question = MessageBox::lastText();
    CHECK(question.contains(QStringLiteral("Nguyễn Thị Hương")));
    CHECK(question.contains(QStringLiteral("Date: 3.4.2025")));
    CHECK(question.contains(QStringLiteral("Officer: Aino Officer")));
    CHECK(question.contains(QStringLiteral("Organisation: Vaasan kaupunki")));

    const Plan stored = test::readPlan(db.location(), draft.id);
    CHECK(stored.status == PlanStatus::Signed);
    CHECK(stored.signedOn == QDate(2025, 4, 3));
    CHECK(stored.signedBy == QStringLiteral("Aino Officer"));
    CHECK(stored.mainGoal == MainGoal::WorkOrEntrepreneurship);
    CHECK(stored.clientUnderstood);
    CHECK(signedLines(db.connection()) == 1);
    CHECK(editor->isReadOnly());
    CHECK(editor->signedText() == QStringLiteral("Signed 3.4.2025 by Aino Officer"));
    CHECK_FALSE(editor->signButton()->isVisible());
    CHECK_FALSE(sign->isEnabled());
    test::saveScreenshot(window, QStringLiteral("sign-01-signed-in-the-window"));
}

TEST_CASE("Cancelling the signing question signs nothing", "[signing]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    setOfficer();
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.signActions()->sign());
    CHECK(test::readPlan(db.location(), plan.id).status == PlanStatus::Draft);
    CHECK_FALSE(window.editor()->isReadOnly());
    CHECK(signedLines(db.connection()) == 0);
}

TEST_CASE("Without the officer's name in Settings the window does not sign, and says where",
          "[signing]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    QSettings().remove(QStringLiteral("officer/name"));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(window.workspace()->openPlan(plan.id));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.signActions()->sign());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Edit > Settings")));
    CHECK(test::readPlan(db.location(), plan.id).status == PlanStatus::Draft);
}

TEST_CASE("The case list's menu signs the plan of the row", "[signing]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    setOfficer();
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    QTableView *table = window.caseList()->tableView();
    window.caseList()->selectClient(plan.clientId);
    QAction *sign = window.signActions()->signAction();
    CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(table->actions().contains(sign));
    REQUIRE(sign->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    sign->trigger();
    CHECK(test::readPlan(db.location(), plan.id).status == PlanStatus::Signed);
    CHECK_FALSE(sign->isEnabled());
}

TEST_CASE("A plan signed at another desk turns the open editor read-only and keeps the typing",
          "[signing]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    setOfficer();
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();
    auto *wish = input<QPlainTextEdit>(editor, "futureWishEdit");
    wish->setFocus();
    wish->moveCursor(QTextCursor::End);
    test::typeText(wish, QStringLiteral(" Also a driving licence."));

    {
        Database other;
        REQUIRE(other.open(db.location()).ok());
        REQUIRE(PlanStore(other.connection())
                    .sign(plan.id, QDate(2025, 4, 3), QStringLiteral("Liisa Virtanen"))
                    .ok());
    }
    // The next autosave finds the plan signed: nothing is written into it.
    CHECK_FALSE(window.workspace()->saveNow());
    const Plan stored = test::readPlan(db.location(), plan.id);
    CHECK(stored.futureWish == plan.futureWish);
    CHECK(editor->isReadOnly());
    CHECK(editor->signedText() == QStringLiteral("Signed 3.4.2025 by Liisa Virtanen"));
    CHECK(editor->banner().contains(QStringLiteral("elsewhere")));
    UnsavedTextDialog *unsaved = window.workspace()->unsavedTextDialog();
    REQUIRE(unsaved);
    CHECK(unsaved->isVisible());
    CHECK(unsaved->text().contains(QStringLiteral("Also a driving licence.")));
    test::saveScreenshot(window, QStringLiteral("sign-02-signed-elsewhere"));
    test::saveScreenshot(*unsaved, QStringLiteral("sign-03-unsaved-text"));
}

TEST_CASE("An open draft notices a signing from the command line by itself", "[signing]")
{
    setOfficer();
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(window.workspace()->openPlan(plan.id));
    {
        Database other;
        REQUIRE(other.open(db.location()).ok());
        REQUIRE(PlanStore(other.connection())
                    .sign(plan.id, QDate(2025, 4, 3), QStringLiteral("Liisa Virtanen"))
                    .ok());
    }
    // Nothing typed: the timer alone finds it, and there is no text to show.
    QTRY_VERIFY_WITH_TIMEOUT(window.editor()->isReadOnly(), PlanSession::signedCheckMs * 3);
    CHECK(window.editor()->banner().contains(QStringLiteral("elsewhere")));
    CHECK_FALSE(window.workspace()->unsavedTextDialog());
}

TEST_CASE("A signed plan reads in normal contrast, copies, and shows no placeholder", "[signing]")
{
    test::TempDatabase db;
    Client client = test::fullClient();
    client.email.clear(); // an empty field, whose hint would read as data
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    PlanEditor *editor = window.editor();
    REQUIRE(window.workspace()->openPlan(plan.id));
    auto *email = input<QLineEdit>(editor, "emailEdit");
    const QString hint = email->placeholderText();
    CHECK_FALSE(hint.isEmpty()); // a draft shows how to write it

    REQUIRE(PlanStore(db.connection()).sign(plan.id, plan.draftedOn, QStringLiteral("L")).ok());
    REQUIRE(window.workspace()->openPlan(plan.id));
    REQUIRE(editor->isReadOnly());
    CHECK(email->placeholderText().isEmpty());
    auto *life = input<QPlainTextEdit>(editor, "lifeSituationEdit");
    CHECK(life->isEnabled()); // not greyed out
    CHECK(life->isReadOnly());
    CHECK(life->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    life->setFocus();
    QTest::keyClick(life, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(life, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == plan.lifeSituation);
    // A tick box keeps its look and takes no key; a table adds no row.
    auto *understood = input<QCheckBox>(editor, "clientUnderstoodCheck");
    CHECK(understood->isEnabled());
    CHECK(understood->focusPolicy() == Qt::NoFocus);
    QTest::keyClick(understood, Qt::Key_Space);
    CHECK(understood->isChecked());
    auto *subGoals = input<TableEditor>(editor, "subGoalsEditor");
    subGoals->tableView()->setFocus();
    QTest::keyClick(subGoals->tableView(), Qt::Key_Insert);
    CHECK(subGoals->tableView()->model()->rowCount() == plan.subGoals.size());
    test::saveScreenshot(window, QStringLiteral("sign-04-read-only"));

    // A review starts editable again, with its hints back.
    REQUIRE(window.workspace()->startReview());
    CHECK_FALSE(editor->isReadOnly());
    CHECK(email->placeholderText() == hint);
    CHECK(understood->focusPolicy() != Qt::NoFocus);
}
