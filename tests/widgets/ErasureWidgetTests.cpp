// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Erasing a client from the window: asked twice, with what goes, and the retention list.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ErasureActions.h"
#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "editor/PlanSession.h"
#include "models/CaseListModel.h"
#include "models/RetentionModel.h"
#include "storage/Backups.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "views/RetentionView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

struct Cases
{
    Client client = test::fullClient();
    Client other;
    Plan signedPlan;
    Plan draft;
};

Cases storeCases(QSqlDatabase db)
{
    Cases cases;
    const FixedClock clock(QDate(2025, 4, 3));
    REQUIRE(ClientStore(db).save(cases.client).ok());
    cases.other.name = QStringLiteral("Abebe Kebede");
    cases.other.dateOfBirth = QDate(1979, 5, 1);
    REQUIRE(ClientStore(db).save(cases.other).ok());
    PlanStore plans(db);
    cases.signedPlan = test::fullPlan(cases.client.id);
    REQUIRE(plans.save(cases.signedPlan).ok());
    REQUIRE(plans.sign(cases.signedPlan.id, QDate(2025, 4, 3), QStringLiteral("Liisa")).ok());
    cases.draft = *plans.draftFor(cases.client, QDate(2025, 4, 3));
    REQUIRE(plans.save(cases.draft).ok());
    return cases;
}

} // namespace

TEST_CASE("Erase client asks twice, says what goes, and then the client is gone",
          "[erasure][widgets]")
{
    test::TempDatabase db;
    const Cases cases = storeCases(db.connection());
    REQUIRE(Backups(db.path()).write(db.connection(), QStringLiteral("manual")).ok);
    const FixedClock clock(QDate(2026, 11, 23));
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(cases.draft.id));
    ErasureActions *actions = window.erasureActions();
    REQUIRE(actions->eraseAction()->isEnabled());

    // The first question, cancelled: what would go, and that backups keep a copy.
    MessageBox::addNextAnswers({QMessageBox::Cancel});
    CHECK_FALSE(actions->eraseCurrent());
    const QString first = MessageBox::lastText();
    CHECK(first.contains(
        QStringLiteral("Erase all personal data of %1 (born 29.2.1988)?").arg(cases.client.name)));
    CHECK(first.contains(QStringLiteral("2 plan(s), of which 1 signed, with 4 sub-goals, "
                                        "4 participants, 2 sub-goal outcomes and 0 lines")));
    CHECK(first.contains(QStringLiteral("Signed plans are records")));
    CHECK(first.contains(QStringLiteral("The audit log keeps its lines")));
    CHECK(first.contains(QStringLiteral("are rewritten without the client")));

    // Yes, then cancel at the second question: nothing is erased.
    MessageBox::addNextAnswers({QMessageBox::Yes, QMessageBox::Cancel});
    CHECK_FALSE(actions->eraseCurrent());
    CHECK(MessageBox::lastText().contains(QStringLiteral("This cannot be undone.")));
    CHECK(ClientStore(db.connection()).count() == 2);
    CHECK(PlanStore(db.connection()).count() == 2);
    CHECK(window.workspace()->isEditing());

    // Yes twice: gone, the editor closes, the list has the other client only; the dialog says
    // what happened to the backup copies.
    MessageBox::addNextAnswers({QMessageBox::Yes, QMessageBox::Yes, QMessageBox::Ok});
    CHECK(actions->eraseCurrent());
    CHECK(MessageBox::lastText().contains(QStringLiteral("rewritten without the client")));
    // No copy in the backups folder holds the client any more, byte for byte.
    const QDir backups(Backups(db.path()).folder());
    for (const QString &name : backups.entryList(QDir::Files | QDir::Hidden)) {
        INFO(name.toStdString());
        const QByteArray copy = test::fileBytes(backups.filePath(name));
        CHECK_FALSE(copy.contains(cases.client.name.toUtf8()));
        CHECK(copy.contains(cases.other.name.toUtf8()));
    }
    CHECK_FALSE(ClientStore(db.connection()).load(cases.client.id));
    CHECK(PlanStore(db.connection()).count() == 0);
    CHECK_FALSE(window.workspace()->isEditing());
    CHECK(window.workspace()->session()->planId() == 0);
    REQUIRE(window.caseModel()->rowCount() == 1);
    CHECK(window.caseModel()->rowAt(0).clientId == cases.other.id);
    const QList<AuditEntry> lines =
        AuditLog(db.connection(), {}).query({{}, {}, AuditAction::Erased, cases.client.id});
    CHECK(lines.size() == 1);
    // Erased from the window as from the core: the file and its log no longer hold the name.
    QByteArray bytes = test::fileBytes(db.path());
    if (QFileInfo::exists(db.path() + QStringLiteral("-wal")))
        bytes += test::fileBytes(db.path() + QStringLiteral("-wal"));
    CHECK_FALSE(bytes.contains(cases.client.name.toUtf8()));
    CHECK(bytes.contains(cases.other.name.toUtf8()));
    test::saveScreenshot(window, QStringLiteral("after-erasure"));
}

TEST_CASE("The retention view lists the cases past the period and erases from there",
          "[retention][widgets]")
{
    QSettings().remove(QStringLiteral("retention/years"));
    test::TempDatabase db;
    const Cases cases = storeCases(db.connection()); // period runs from 2.4.2026
    Client old;
    old.name = QStringLiteral("Olavi Vanha");
    old.dateOfBirth = QDate(1950, 1, 2);
    {
        const FixedClock clock(QDate(2014, 6, 10));
        REQUIRE(ClientStore(db.connection()).save(old).ok());
    }
    const FixedClock clock(QDate(2026, 11, 23));
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    ErasureActions *actions = window.erasureActions();
    actions->retentionAction()->trigger();
    RetentionView *view = actions->retentionView();
    REQUIRE(view);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("retentionDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(view->yearsSpin()->value() == 10);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->caseAt(0).clientId == old.id);
    CHECK(view->model()->index(0, RetentionModel::PeriodEnds).data().toString() ==
          QStringLiteral("10.6.2024"));
    test::saveScreenshot(*dialog, QStringLiteral("retention-view"));

    // Thirteen years: nobody yet. The setting is kept.
    QSpinBox *spin = view->yearsSpin();
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("13"));
    CHECK(spin->value() == 13);
    CHECK(view->model()->rowCount() == 0);
    CHECK_FALSE(view->eraseButton()->isEnabled());
    CHECK(QSettings().value(QStringLiteral("retention/years")).toInt() == 13);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("10"));
    REQUIRE(view->model()->rowCount() == 1);

    // Erase from the list: asked twice, then the row and the client are gone.
    MessageBox::addNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
    REQUIRE(view->eraseButton()->isEnabled());
    QTest::mouseClick(view->eraseButton(), Qt::LeftButton);
    CHECK(view->model()->rowCount() == 0);
    CHECK_FALSE(ClientStore(db.connection()).load(old.id));
    CHECK(ClientStore(db.connection()).count() == 2);
    CHECK(window.caseModel()->rowCount() == 2);
    QSettings().remove(QStringLiteral("retention/years"));
}
