// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ClientCopyActions.h"
#include "dialogs/MessageBox.h"
#include "dialogs/MunicipalityDialog.h"
#include "settings/ServicePoint.h"
#include "stores/ClientStore.h"
#include "views/CaseListView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    CHECK(actions->clientCopyAction()->text() == QStringLiteral("Print client's c&opy…"));
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

namespace {

// The client's copy as the preview paints it, written to a PDF and read back as text.
QString previewText(QPrintPreviewDialog &preview, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    Q_EMIT preview.paintRequested(&printer);
    return test::pdfText(path);
}

} // namespace

TEST_CASE("The client's copy is printed in the language chosen for it, offered first in the "
          "client's contact language",
          "[widgets][client-copy]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    REQUIRE(test::fullClient().contactLanguage == QStringLiteral("en"));
    QWidget window;
    ClientCopyActions actions(
        db.connection(), [] { return QStringLiteral("fi"); }, &window);
    actions.setPlanId(plan.id);
    QTemporaryDir folder;

    // Enter takes the client's contact language, English, over the print language, Finnish.
    CHECK(actions.defaultCopyLanguage() == QStringLiteral("en"));
    MessageBox::addNextChoices({MessageBox::DefaultChoice});
    std::unique_ptr<QPrintPreviewDialog> preview =
        actions.createPreview(ClientCopyActions::Paper::ClientCopy);
    REQUIRE(preview);
    CHECK(MessageBox::lastText() ==
          QStringLiteral("Which language is the client's copy printed in?"));
    QString text = previewText(*preview, folder.filePath(QStringLiteral("en.pdf")));
    CHECK(text.contains(QStringLiteral("Your goal")));
    CHECK_FALSE(text.contains(QStringLiteral("Sinun tavoitteesi")));

    // Swedish, chosen with its key in the real question box.
    QTimer::singleShot(0, [] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box)
            return;
        QApplication::setActiveWindow(box);
        // The button's mnemonic clicks it, animated: the box closes a moment later.
        if (QTest::qWaitForWindowActive(box))
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
        QTest::qWaitFor([box] { return !box->isVisible(); }, 2000);
        if (box->isVisible())
            box->close();
    });
    preview = actions.createPreview(ClientCopyActions::Paper::ClientCopy);
    REQUIRE(preview);
    text = previewText(*preview, folder.filePath(QStringLiteral("sv.pdf")));
    CHECK(text.contains(QStringLiteral("Ditt mål")));
    CHECK_FALSE(text.contains(QStringLiteral("Your goal")));

    // Cancel prints nothing.
    MessageBox::addNextChoices({-1});
    CHECK_FALSE(actions.createPreview(ClientCopyActions::Paper::ClientCopy));

    // A contact language the copy is not written in: the print language comes first.
    Client client = *ClientStore(db.connection()).load(plan.clientId);
    client.contactLanguage = QStringLiteral("ar");
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    CHECK(actions.defaultCopyLanguage() == QStringLiteral("fi"));
    MessageBox::addNextChoices({MessageBox::DefaultChoice});
    preview = actions.createPreview(ClientCopyActions::Paper::ClientCopy);
    REQUIRE(preview);
    text = previewText(*preview, folder.filePath(QStringLiteral("fi.pdf")));
    CHECK(text.contains(QStringLiteral("Sinun tavoitteesi")));
}
