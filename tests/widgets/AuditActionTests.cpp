// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/PrintActions.h"
#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

struct Fixture
{
    test::TempDatabase db;
    Client client;
    Plan plan;

    Fixture()
    {
        client = test::fullClient();
        REQUIRE(ClientStore(db.connection()).save(client).ok());
        plan = test::fullPlan(client.id);
        REQUIRE(PlanStore(db.connection()).save(plan).ok());
    }

    QList<AuditEntry> lines(AuditAction action)
    {
        AuditFilter filter;
        filter.action = action;
        return AuditLog(db.connection(), {}).query(filter);
    }
};

// Answers the print preview that is about to open, as the officer would with its buttons.
void answerPreview(bool print, const QString &pdf = {})
{
    QTimer::singleShot(0, qApp, [print, pdf] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(widget);
                preview && preview->isVisible()) {
                if (print) {
                    // What the preview's Print button does after the print dialog: paint the
                    // pages on the printer, then accept.
                    preview->printer()->setOutputFormat(QPrinter::PdfFormat);
                    preview->printer()->setOutputFileName(pdf);
                    Q_EMIT preview->paintRequested(preview->printer());
                    preview->accept();
                } else {
                    preview->reject();
                }
            }
        }
    });
}

} // namespace

TEST_CASE("Opening a plan writes one viewed line, however often it saves", "[audit]")
{
    const FixedClock clock(QDate(2025, 4, 2));
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    Fixture fixture;
    MainWindow window(fixture.db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(fixture.plan.id));
    auto *wish = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("futureWishEdit"));
    for (const QString &word : {QStringLiteral(" One."), QStringLiteral(" Two.")}) {
        wish->setFocus();
        test::typeText(wish, word);
        REQUIRE(window.workspace()->saveNow());
    }
    QTest::qWait(PlanSession::saveDelayMs * 2); // the autosave timer runs out, too
    QList<AuditEntry> viewed = fixture.lines(AuditAction::Viewed);
    REQUIRE(viewed.size() == 1);
    CHECK(viewed.first().planId == fixture.plan.id);
    CHECK(viewed.first().clientId == fixture.client.id);
    CHECK(viewed.first().actor.officer ==
          test::officerInLog(fixture.db.connection(), QStringLiteral("Aino Officer")));
    CHECK(viewed.first().actor.osUser == AuditActor::fromEnvironment({}).osUser);

    // Back to the list and in again: a second look, a second line.
    window.workspace()->showList();
    REQUIRE(window.workspace()->openPlan(fixture.plan.id));
    CHECK(fixture.lines(AuditAction::Viewed).size() == 2);
    QSettings().remove(QStringLiteral("officer/name"));
}

TEST_CASE("Editing a plan writes one changed line per opening, however often it saves", "[audit]")
{
    const FixedClock clock(QDate(2025, 4, 2));
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    Fixture fixture;
    MainWindow window(fixture.db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(fixture.plan.id));
    CHECK(fixture.lines(AuditAction::Changed).isEmpty()); // a look is no change
    auto *wish = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("futureWishEdit"));
    for (const QString &word : {QStringLiteral(" One."), QStringLiteral(" Two.")}) {
        wish->setFocus();
        test::typeText(wish, word);
        REQUIRE(window.workspace()->saveNow());
    }
    QTest::qWait(PlanSession::saveDelayMs * 2);
    const QList<AuditEntry> changed = fixture.lines(AuditAction::Changed);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().planId == fixture.plan.id);
    CHECK(changed.first().actor.officer ==
          test::officerInLog(fixture.db.connection(), QStringLiteral("Aino Officer")));
    CHECK(changed.first().actor.osUser == AuditActor::fromEnvironment({}).osUser);
    const QString stored = PlanStore(fixture.db.connection()).load(fixture.plan.id)->futureWish;
    CHECK(stored.contains(QStringLiteral(" One.")));
    CHECK(stored.contains(QStringLiteral(" Two.")));

    // Opened again without an edit: no line; with one: a second line.
    window.workspace()->showList();
    REQUIRE(window.workspace()->openPlan(fixture.plan.id));
    REQUIRE(window.workspace()->saveNow());
    CHECK(fixture.lines(AuditAction::Changed).size() == 1);
    wish->setFocus();
    test::typeText(wish, QStringLiteral(" Three."));
    REQUIRE(window.workspace()->saveNow());
    CHECK(fixture.lines(AuditAction::Changed).size() == 2);
    QSettings().remove(QStringLiteral("officer/name"));
}

TEST_CASE("Print, print from the preview and Save as PDF each write one printed line",
          "[audit][print]")
{
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    Fixture fixture;
    MainWindow window(fixture.db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(fixture.plan.id));
    PrintActions *print = window.printActions();
    REQUIRE(print->printAction()->isEnabled()); // the plan open in the editor

    QTemporaryDir dir;
    REQUIRE(print->savePdfTo(dir.filePath(QStringLiteral("plan.pdf"))));
    QList<AuditEntry> printed = fixture.lines(AuditAction::Printed);
    REQUIRE(printed.size() == 1);
    CHECK(printed.first().planId == fixture.plan.id);
    CHECK(printed.first().actor.officer ==
          test::officerInLog(fixture.db.connection(), QStringLiteral("Aino Officer")));

    // A file that cannot be written is no print.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(print->savePdfTo(dir.filePath(QStringLiteral("no/such/folder/plan.pdf"))));
    CHECK_FALSE(MessageBox::lastText().isEmpty());
    CHECK(fixture.lines(AuditAction::Printed).size() == 1);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(print->printTo(&printer));
    CHECK(fixture.lines(AuditAction::Printed).size() == 2);

    // Looking at the preview prints nothing, however many pages it paints; its Print does.
    answerPreview(false);
    print->preview();
    CHECK(fixture.lines(AuditAction::Printed).size() == 2);
    answerPreview(true, dir.filePath(QStringLiteral("from-preview.pdf")));
    print->preview();
    CHECK(fixture.lines(AuditAction::Printed).size() == 3);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("from-preview.pdf"))).size() > 0);
    CHECK(fixture.lines(AuditAction::Viewed).size() == 1);
    QSettings().remove(QStringLiteral("officer/name"));
}
