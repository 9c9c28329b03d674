// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The editor when the disk fills, when the database is read-only, and after a restore.
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/BackupActions.h"
#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "models/CaseListModel.h"
#include "storage/Backups.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTextEdit>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;
using test::retype;

namespace {

// An input the officer could change something with, and whether it lets them.
bool isEditingControl(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
           qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
           qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QComboBox *>(widget) ||
           qobject_cast<QAbstractSpinBox *>(widget);
}

bool acceptsInput(QWidget *widget)
{
    // A read-only choice keeps its look but takes neither a click nor the focus.
    if (!widget->isEnabled() || (widget->testAttribute(Qt::WA_TransparentForMouseEvents) &&
                                 widget->focusPolicy() == Qt::NoFocus))
        return false;
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->isCheckable())
        // A table's corner button selects its cells, which changes nothing.
        return button->isEnabled() && !qobject_cast<QAbstractItemView *>(button->parentWidget());
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return !line->isReadOnly();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return !text->isReadOnly();
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        return !rich->isReadOnly();
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return view->editTriggers() != QAbstractItemView::NoEditTriggers;
    return true;
}

// The file may not grow by a single page: the disk is full.
void fillDisk(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    const int pages = query.value(0).toInt();
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
}

void makeRoom(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
}

// As the officer pastes the interpreter's long notes at the end of a field.
void pasteAtEnd(QPlainTextEdit *field, const QString &text)
{
    QApplication::clipboard()->setText(text);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

} // namespace

TEST_CASE("A save on a full disk says so, keeps the text and succeeds by itself once there "
          "is room",
          "[diskfull][widgets]")
{
    const FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    PlanEditor *editor = window.editor();

    fillDisk(db.connection());
    auto *field = input<QPlainTextEdit>(editor, "lifeSituationEdit");
    const QString pasted = QStringLiteral("Notes from the meeting, line by line. ").repeated(2000);
    pasteAtEnd(field, pasted);
    REQUIRE(field->toPlainText() == plan.lifeSituation + pasted);

    QTRY_VERIFY_WITH_TIMEOUT(editor->saveStateText().startsWith(QStringLiteral("Not saved: ")),
                             5000);
    CHECK(editor->saveStateText().contains(QStringLiteral("The disk is full")));
    CHECK(editor->saveStateText().contains(QStringLiteral("tries again by itself")));
    CHECK(window.workspace()->session()->isRetrying());
    CHECK(field->toPlainText() == plan.lifeSituation + pasted);
    CHECK(test::readPlan(db.location(), plan.id).lifeSituation == plan.lifeSituation);
    test::saveScreenshot(window, QStringLiteral("editor-disk-full"));

    // Room again: no key pressed, no button clicked.
    makeRoom(db.connection());
    QTRY_COMPARE_WITH_TIMEOUT(editor->saveStateText(), QStringLiteral("Saved"), 15000);
    CHECK_FALSE(window.workspace()->session()->isRetrying());
    CHECK(test::readPlan(db.location(), plan.id).lifeSituation == plan.lifeSituation + pasted);
    CHECK(field->toPlainText() == plan.lifeSituation + pasted);
}

TEST_CASE("A read-only database: every input of the editor and the case list is off and the "
          "file stays as it was",
          "[readonly][widgets]")
{
    test::TempDatabase db;
    qint64 planId = 0;
    Client withoutPlan;
    {
        const FixedClock clock(QDate(2025, 4, 2));
        planId = test::storeFullCase(db.connection()).id;
        withoutPlan.name = QStringLiteral("Abebe Kebede");
        withoutPlan.dateOfBirth = QDate(1979, 5, 1);
        REQUIRE(ClientStore(db.connection()).save(withoutPlan).ok());
    }
    db.database().close();
    const QString path = db.path();
    const QByteArray before = test::fileBytes(path);
    const FixedClock clock(QDate(2025, 4, 3));

    Database readOnly;
    REQUIRE(readOnly.open(path, Database::Mode::ReadOnly).ok());
    {
        MainWindow window(readOnly.connection());
        window.setReadOnly(readOnly.readOnlyReason());
        REQUIRE(test::showActive(window));
        CaseWorkspace *workspace = window.workspace();

        // A client without a plan: no draft is started.
        CHECK_FALSE(workspace->openCase(withoutPlan.id, 0));
        CHECK_FALSE(workspace->isEditing());
        CHECK(PlanStore(readOnly.connection()).count() == 1);

        // The case list: search and open still work, nothing that adds.
        const QStringList forReading = {QStringLiteral("searchEdit"), QStringLiteral("filterCombo"),
                                        QStringLiteral("tableView")};
        for (QWidget *widget : window.caseList()->findChildren<QWidget *>()) {
            if (!isEditingControl(widget) || !acceptsInput(widget) || !widget->isVisible())
                continue;
            // The parts of the search box, the filter and the list (its corner button) read.
            QWidget *owner = widget;
            while (owner && !forReading.contains(owner->objectName()))
                owner = owner->parentWidget();
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK(owner);
        }
        CHECK_FALSE(window.caseList()
                        ->findChild<QPushButton *>(QStringLiteral("newClientButton"))
                        ->isEnabled());

        window.caseList()->searchEdit()->setFocus();
        QTest::keyClicks(window.caseList()->searchEdit(), QStringLiteral("nguy"));
        QTest::keyClick(window.caseList()->searchEdit(), Qt::Key_Return);
        REQUIRE(workspace->isEditing());
        CHECK(workspace->session()->planId() == planId);
        PlanEditor *editor = window.editor();
        CHECK(editor->banner() == readOnly.readOnlyReason());
        CHECK(editor->saveStateText() == QStringLiteral("Read-only"));

        int inputs = 0;
        for (QWidget *widget : editor->findChildren<QWidget *>()) {
            if (!isEditingControl(widget))
                continue;
            ++inputs;
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(acceptsInput(widget));
        }
        CHECK(inputs >= editor->inputs().size());
        CHECK(inputs > 30);

        // Keys reach nothing, and nothing is saved.
        auto *field = input<QPlainTextEdit>(editor, "lifeSituationEdit");
        QTest::keyClicks(field, QStringLiteral("changed"));
        CHECK(field->toPlainText() == test::fullPlan(0).lifeSituation);
        CHECK_FALSE(workspace->session()->hasPendingChanges());
        CHECK_FALSE(workspace->newPlan());
        CHECK(workspace->saveNow());
        test::saveScreenshot(window, QStringLiteral("editor-read-only"));
        window.close();
    }
    readOnly.close();
    CHECK(test::fileBytes(path) == before);
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0); // 0 also when there is none
}

TEST_CASE("After a restore the editor and the case list show the restored file",
          "[backup][widgets]")
{
    const FixedClock clock(QDateTime(QDate(2025, 4, 2), QTime(9, 15)));
    test::TempDatabase db;
    Plan plan = test::storeFullCase(db.connection());
    const Backups::Result backup =
        Backups(db.path()).write(db.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    // After the backup: a changed text, and a client with a plan of their own.
    plan.futureWish = QStringLiteral("Changed after the backup");
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    Client later;
    later.name = QStringLiteral("Abebe Kebede");
    later.dateOfBirth = QDate(1979, 5, 1);
    REQUIRE(ClientStore(db.connection()).save(later).ok());
    Plan laterPlan = test::fullPlan(later.id);
    REQUIRE(PlanStore(db.connection()).save(laterPlan).ok());

    MainWindow window(db.connection());
    BackupActions actions(db.database(), &window);
    window.addBackupActions(&actions);
    REQUIRE(test::showActive(window));
    CHECK(window.caseModel()->rowCount() == 2);

    SECTION("the open plan is in the backup: it shows as it was then")
    {
        REQUIRE(window.workspace()->openPlan(plan.id));
        auto *wish = input<QPlainTextEdit>(window.editor(), "futureWishEdit");
        CHECK(wish->toPlainText() == QStringLiteral("Changed after the backup"));
        retype(input<QLineEdit>(window.editor(), "nextMeetingPlaceEdit"),
               QStringLiteral("Typed before the restore"));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(actions.restore(backup.path));
        CHECK(window.workspace()->isEditing());
        CHECK(wish->toPlainText() == test::fullPlan(0).futureWish);
        CHECK(input<QLineEdit>(window.editor(), "nextMeetingPlaceEdit")->text() ==
              test::fullPlan(0).nextMeetingPlace);
        CHECK(window.editor()->saveStateText() == QStringLiteral("Saved"));
        CHECK(window.caseModel()->rowCount() == 1);

        // The typing went into the file that was replaced, which is kept as a backup.
        bool kept = false;
        for (const BackupInfo &info : Backups(db.path()).list()) {
            if (info.kind == QLatin1String("before-restore"))
                kept =
                    test::readPlan(info.path, plan.id, Database::Mode::ReadOnly).nextMeetingPlace ==
                    QStringLiteral("Typed before the restore");
        }
        CHECK(kept);

        // Editing goes on, into the restored file.
        retype(wish, QStringLiteral("After the restore"));
        REQUIRE(window.workspace()->saveNow());
        CHECK(test::readPlan(db.location(), plan.id).futureWish ==
              QStringLiteral("After the restore"));
    }
    SECTION("the open plan is not in the backup: back to the case list")
    {
        REQUIRE(window.workspace()->openPlan(laterPlan.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        REQUIRE(actions.restore(backup.path));
        CHECK_FALSE(window.workspace()->isEditing());
        CHECK(window.workspace()->session()->planId() == 0);
        CHECK(window.caseList()->isVisible());
        CHECK(window.caseModel()->rowCount() == 1);
    }
}

TEST_CASE("Closing the window while the disk is full asks first", "[diskfull][widgets]")
{
    const FixedClock clock(QDate(2025, 4, 2));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(plan.id));
    fillDisk(db.connection());
    auto *field = input<QPlainTextEdit>(window.editor(), "lifeSituationEdit");
    const QString pasted = QStringLiteral("Said in the meeting. ").repeated(3000);
    pasteAtEnd(field, pasted);

    SECTION("staying keeps the window and the text, and a later close saves it")
    {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        CHECK_FALSE(window.close());
        CHECK(window.isVisible());
        CHECK(MessageBox::lastText().contains(QStringLiteral("The disk is full")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("If you close now, they are lost")));
        CHECK(field->toPlainText() == plan.lifeSituation + pasted);

        // Room again: the next close saves without asking.
        makeRoom(db.connection());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        CHECK(window.close());
        CHECK(test::readPlan(db.location(), plan.id).lifeSituation == plan.lifeSituation + pasted);
    }
    SECTION("giving the edit up closes without saving it")
    {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        CHECK(window.close());
        CHECK_FALSE(window.isVisible());
        CHECK(test::readPlan(db.location(), plan.id).lifeSituation == plan.lifeSituation);
    }
}
