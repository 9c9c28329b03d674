// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ClientCopyActions.h"
#include "dialogs/MunicipalityDialog.h"
#include "settings/ServicePoint.h"
#include "views/CaseListView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPrinter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The service point typed in the municipality dialog is printed on the client's copy "
          "from the File menu",
          "[widgets][client-copy]")
{
    ServicePoint::save({});
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    {
        MunicipalityDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        auto *hours = dialog.findChild<QLineEdit *>(QStringLiteral("hoursEdit"));
        REQUIRE(phone);
        REQUIRE(hours);
        test::typeText(phone, QStringLiteral("+358 6 325 1111"));
        test::typeText(hours, QStringLiteral("Mon–Thu 9–15"));
        test::saveScreenshot(dialog, QStringLiteral("municipality-service-point"));
        QTest::keyClick(phone, Qt::Key_Return);
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    CHECK(ServicePoint::load().phone == QStringLiteral("+358 6 325 1111"));
    CHECK(ServicePoint::load().openingHours == QStringLiteral("Mon–Thu 9–15"));

    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ClientCopyActions *actions = window.clientCopyActions();
    REQUIRE(actions);
    CHECK(window.fileMenu()->actions().contains(actions->clientCopyAction()));
    CHECK(actions->clientCopyAction()->text() == QStringLiteral("Print client's &copy…"));
    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(QModelIndex());
    CHECK_FALSE(actions->clientCopyAction()->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(actions->clientCopyAction()->isEnabled());

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("copy.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    REQUIRE(actions->printTo(ClientCopyActions::Paper::ClientCopy, &printer));
    const QString text = test::pdfText(path);
    CHECK(text.contains(plan.subGoals.first().goal));
    CHECK(text.contains(QStringLiteral("+358 6 325 1111")));
    CHECK_FALSE(text.contains(plan.lifeSituation.left(20)));

    const QString ics = folder.filePath(QStringLiteral("next.ics"));
    REQUIRE(actions->saveCalendarTo(ics));
    const QByteArray calendar = test::fileBytes(ics);
    CHECK(calendar.contains("DTSTART;TZID=Europe/Helsinki:20251002T093000\r\n"));
    CHECK_FALSE(calendar.contains(test::fullClient().name.toUtf8()));
    ServicePoint::save({});
}
