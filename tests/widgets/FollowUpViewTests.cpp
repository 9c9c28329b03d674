// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/FollowUpActions.h"
#include "demo/DemoData.h"
#include "dialogs/ClientDialog.h"
#include "domain/Clock.h"
#include "i18n/Translations.h"
#include "models/AuditLogModel.h"
#include "models/FollowUpModel.h"
#include "models/PlanHistoryModel.h"
#include "sections/ClientSection.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"
#include "views/AuditLogView.h"
#include "views/CaseListView.h"
#include "views/FollowUpView.h"
#include "views/PlanHistoryView.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The follow-up view lists what is due and Enter opens the case", "[widgets]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    const Plan plan = test::storeFollowUpCase(db.connection());

    FollowUpModel model(db.connection());
    FollowUpView view;
    view.setModel(&model);
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, FollowUpModel::What).data().toString() == QStringLiteral("Review due"));
    CHECK(model.index(1, FollowUpModel::What).data().toString() == QStringLiteral("Meeting"));
    CHECK(view.findChild<QLabel *>(QStringLiteral("countLabel"))->text() ==
          QStringLiteral("Things to follow up: 2"));
    test::saveScreenshot(view, QStringLiteral("follow-up-view"));

    QSignalSpy opened(&view, &FollowUpView::openRequested);
    view.tableView()->setFocus();
    view.tableView()->setCurrentIndex(model.index(1, 0));
    QTest::keyClick(view.tableView(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() == plan.clientId);
    CHECK(opened.first().at(1).toLongLong() == plan.id);
}

TEST_CASE("The audit log view filters as the officer types and exports what it shows", "[widgets]")
{
    test::TempDatabase db;
    const AuditLog audit(db.connection(), {QStringLiteral("Liisa Virtanen"), QStringLiteral("lv")});
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
        REQUIRE(audit.append(AuditAction::Created, 1, 10));
        REQUIRE(audit.append(AuditAction::Viewed, 2, 20));
    }
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(14, 30)));
        REQUIRE(audit.append(AuditAction::Printed, 1, 10));
        REQUIRE(audit.append(AuditAction::Signed, 1, 10));
    }
    AuditLogModel model(db.connection());
    AuditLogView view;
    view.setModel(&model);
    view.resize(1000, 420);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(model.rowCount() == 4);

    QTest::keyClicks(view.fromEdit(), QStringLiteral("10.11.2026"));
    CHECK(model.rowCount() == 2);
    QTest::keyClicks(view.clientEdit(), QStringLiteral("1"));
    CHECK(model.rowCount() == 2);
    view.actionCombo()->setFocus();
    view.actionCombo()->setCurrentIndex(view.actionCombo()->findText(QStringLiteral("Printed")));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, AuditLogModel::Action).data().toString() == QStringLiteral("Printed"));
    CHECK(model.index(0, AuditLogModel::Officer).data().toString() ==
          test::officerInLog(db.connection(), QStringLiteral("Liisa Virtanen")));
    test::saveScreenshot(view, QStringLiteral("audit-log-view"));

    SECTION("a date that is no date is named, and the last good filter stays")
    {
        QTest::keyClicks(view.toEdit(), QStringLiteral("31.2.2026"));
        CHECK(view.problemLabel()->isVisible());
        CHECK(view.problemLabel()->text() ==
              QStringLiteral("The to date is not a date: type it as 23.11.2026."));
        CHECK(model.rowCount() == 1);
        test::saveScreenshot(view, QStringLiteral("audit-log-view-bad-date"));
        view.toEdit()->clear();
        CHECK_FALSE(view.problemLabel()->isVisible());
    }
    SECTION("the export holds the lines shown")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        REQUIRE(view.exportTo(path, &error));
        const QStringList lines = QString::fromUtf8(test::fileBytes(path))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(1).contains(QStringLiteral(",printed,1,10")));
    }
}

TEST_CASE("View > Follow-up and View > Audit log open from the main window", "[widgets]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 20).error.isEmpty());
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<FollowUpActions *>();
    REQUIRE(actions);
    CHECK(actions->followUpAction()->text() == QStringLiteral("&Follow-up"));
    actions->followUpAction()->trigger();
    REQUIRE(actions->followUpView());
    CHECK(actions->followUpView()->isVisible());
    test::saveScreenshot(*actions->followUpView()->window(), QStringLiteral("follow-up-dialog"));

    actions->auditLogAction()->trigger();
    REQUIRE(actions->auditLogView());
    // The demo left a line for every client and plan it created.
    CHECK(actions->auditLogView()->tableView()->model()->rowCount() > 20);
    test::saveScreenshot(*actions->auditLogView()->window(), QStringLiteral("audit-log-dialog"));

    // Opening a row selects the client in the case list.
    const QModelIndex first = actions->followUpView()->tableView()->model()->index(0, 0);
    if (first.isValid()) {
        const qint64 clientId = first.data(FollowUpModel::ClientIdRole).toLongLong();
        Q_EMIT actions->openRequested(clientId, 0);
        CHECK(window.caseList()->tableView()->currentIndex().data(Qt::UserRole + 1).toLongLong() ==
              clientId);
    }
}

TEST_CASE("A client added in the dialog leaves one audit line with the officer", "[widgets]")
{
    test::TempDatabase db;
    const AuditLog audit(db.connection(), {QStringLiteral("Aino Officer"), QStringLiteral("aino")});
    ClientDialog dialog(db.connection());
    dialog.setAudit(audit);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::typeText(dialog.section()->fieldEdit(QStringLiteral("client.name")),
                   QStringLiteral("Олена Коваленко"));
    test::typeText(dialog.section()->fieldEdit(QStringLiteral("client.dateOfBirth")),
                   QStringLiteral("28.2.1990"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QList<AuditEntry> entries = audit.query();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == AuditAction::Created);
    CHECK(entries.first().clientId == dialog.client().id);
    CHECK(entries.first().actor.officer ==
          test::officerInLog(db.connection(), QStringLiteral("Aino Officer")));
}

TEST_CASE("The plan history compares a review with the plan before it", "[widgets]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    auto [first, review] = test::storeSignedPlanWithReviewDraft(db.connection());
    review.outcomes = {{0, Outcome::Achieved, QStringLiteral("YKI A2 passed")},
                       {1, Outcome::Changed, QStringLiteral("Moved to spring")}};
    review.futureWish = QStringLiteral("To work as a practical nurse in Vaasa.");
    REQUIRE(PlanStore(db.connection()).save(review).ok());

    PlanHistoryModel model(db.connection(), first.clientId);
    PlanHistoryView view;
    view.setModel(&model);
    view.resize(1100, 760);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // The newest version is selected and compared with the one before it.
    CHECK(view.summaryLabel()->text() == QStringLiteral("Fields changed: 9"));
    test::saveScreenshot(view, QStringLiteral("plan-history"));

    view.historyView()->selectRow(1);
    CHECK(view.summaryLabel()->text() ==
          QStringLiteral("This is the first version: nothing to compare."));
    CHECK_FALSE(view.comparisonView()->isVisible());

    QSignalSpy opened(&view, &PlanHistoryView::openRequested);
    view.historyView()->setFocus();
    QTest::keyClick(view.historyView(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() == first.id);
}

TEST_CASE("The follow-up and the audit log read in Finnish and Swedish", "[widgets]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 20).error.isEmpty());
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        translations::installUiLanguage(language);
        QLocale::setDefault(QLocale(language));
        FollowUpModel followUp(db.connection());
        FollowUpView followUpView;
        followUpView.setModel(&followUp);
        followUpView.resize(900, 420);
        followUpView.show();
        REQUIRE(QTest::qWaitForWindowExposed(&followUpView));
        test::saveScreenshot(followUpView, QStringLiteral("follow-up-view-") + language);
        AuditLogModel audit(db.connection());
        AuditLogView auditView;
        auditView.setModel(&audit);
        auditView.resize(1100, 420);
        auditView.show();
        REQUIRE(QTest::qWaitForWindowExposed(&auditView));
        test::saveScreenshot(auditView, QStringLiteral("audit-log-view-") + language);
        const QString header =
            followUp.headerData(FollowUpModel::DaysLeft, Qt::Horizontal).toString();
        CHECK(header == (language == QLatin1String("fi") ? QStringLiteral("Päiviä jäljellä")
                                                         : QStringLiteral("Dagar kvar")));
    }
    translations::installUiLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}
