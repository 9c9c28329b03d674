// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/PrintActions.h"
#include "demo/DemoData.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "domain/SearchKey.h"
#include "models/CaseListModel.h"
#include "sections/ClientSection.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "views/CaseListView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

using test::saveScreenshot;

namespace {
void type(QWidget *widget, const QString &text)
{
    test::typeText(widget, text);
}
} // namespace

TEST_CASE("The main window lists the cases and searches as the officer types", "[widgets]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 40).error.isEmpty());
    MainWindow window(db.connection());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.caseList()->tableView();
    CHECK(table->model()->rowCount() == 40);
    saveScreenshot(window, QStringLiteral("main-window"));

    // The last part of a listed name, typed in lower case and in its own script.
    const QString name = table->model()->index(5, CaseListModel::Name).data().toString();
    const QString part = name.split(QLatin1Char(' ')).last().toLower();
    type(window.caseList()->searchEdit(), part);
    const int matches = table->model()->rowCount();
    CHECK(matches > 0);
    CHECK(matches < 40);
    for (int row = 0; row < matches; ++row)
        CHECK(searchKey(table->model()->index(row, CaseListModel::Name).data().toString())
                  .contains(searchKey(part)));

    QSignalSpy opened(window.caseList(), &CaseListView::openRequested);
    QTest::keyClick(window.caseList()->searchEdit(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() ==
          table->model()->index(0, 0).data(CaseListModel::ClientIdRole).toLongLong());
}

TEST_CASE("New client: every problem is shown at once and nothing typed is lost", "[widgets]")
{
    test::TempDatabase db;
    ClientDialog dialog(db.connection());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ClientSection *section = dialog.section();

    type(section->fieldEdit(QStringLiteral("client.name")), QStringLiteral("Faadumo Cabdi"));
    type(section->fieldEdit(QStringLiteral("client.dateOfBirth")), QStringLiteral("31.2.1990"));
    type(section->fieldEdit(QStringLiteral("client.postalCode")), QStringLiteral("651"));
    dialog.accept();

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(ClientStore(db.connection()).count() == 0);
    CHECK(section->fieldEdit(QStringLiteral("client.name"))->text() ==
          QStringLiteral("Faadumo Cabdi"));
    CHECK(section->fieldEdit(QStringLiteral("client.dateOfBirth"))
              ->property("kotoplanInvalid")
              .toBool());
    CHECK(section->fieldEdit(QStringLiteral("client.postalCode"))
              ->property("kotoplanInvalid")
              .toBool());
    CHECK_FALSE(
        section->fieldEdit(QStringLiteral("client.name"))->property("kotoplanInvalid").toBool());
    const QLabel *problems = section->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(problems);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("day.month.year")));
    CHECK(problems->text().contains(QStringLiteral("5 digits")));
    saveScreenshot(dialog, QStringLiteral("new-client-problems"));

    section->fieldEdit(QStringLiteral("client.dateOfBirth"))->clear();
    type(section->fieldEdit(QStringLiteral("client.dateOfBirth")), QStringLiteral("28.2.1990"));
    section->fieldEdit(QStringLiteral("client.postalCode"))->clear();
    type(section->fieldEdit(QStringLiteral("client.postalCode")), QStringLiteral("65100"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Result<Client> saved = ClientStore(db.connection()).load(dialog.client().id);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Faadumo Cabdi"));
    CHECK(saved->dateOfBirth == QDate(1990, 2, 28));
    CHECK(saved->postalCode == QStringLiteral("65100"));
}

TEST_CASE("Every input of the client section has a label as its buddy and a name", "[widgets]")
{
    ClientSection section;
    for (QLineEdit *edit : section.findChildren<QLineEdit *>()) {
        INFO(edit->objectName().toStdString());
        CHECK_FALSE(edit->accessibleName().isEmpty());
        bool hasBuddy = false;
        for (QLabel *label : section.findChildren<QLabel *>())
            hasBuddy = hasBuddy || label->buddy() == edit;
        CHECK(hasBuddy);
    }
}

TEST_CASE("File > Save as PDF writes the plan where the officer says, and logs it printed",
          "[widgets][pdf]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 3).error.isEmpty());
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    PrintActions *print = window.printActions();
    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString name = table->model()->index(0, CaseListModel::Name).data().toString();
    REQUIRE(print->savePdfAction()->isEnabled());
    const AuditLog log(db.connection(), AuditActor::fromSettings());
    AuditFilter printed;
    printed.action = AuditAction::Printed;
    const qsizetype before = log.query(printed).size();
    QTemporaryDir dir;

    // Cancelled: no file, no line in the log.
    FileDialogs::setNextAnswer(QString());
    print->savePdfAction()->trigger();
    CHECK(FileDialogs::lastSuggestion() == print->suggestedPath());
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(log.query(printed).size() == before);

    // A folder that does not exist: the reason in a message, no line in the log.
    FileDialogs::setNextAnswer(dir.filePath(QStringLiteral("missing/plan.pdf")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    print->savePdfAction()->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("plan.pdf")));
    CHECK(log.query(printed).size() == before);

    const QString pdf = dir.filePath(QStringLiteral("chosen.pdf"));
    FileDialogs::setNextAnswer(pdf);
    print->savePdfAction()->trigger();
    REQUIRE(QFileInfo::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput())
              .normalized(QString::NormalizationForm_KC)
              .contains(name.normalized(QString::NormalizationForm_KC)));
    CHECK(log.query(printed).size() == before + 1);
}

TEST_CASE("Print actions follow the plan selected in the case list", "[widgets][pdf]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 10).error.isEmpty());
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    PrintActions *print = window.printActions();
    CHECK(print->printAction()->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK_FALSE(print->printAction()->isEnabled()); // nothing selected yet

    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString name = table->model()->index(0, CaseListModel::Name).data().toString();
    REQUIRE(print->printAction()->isEnabled());
    REQUIRE(print->savePdfAction()->isEnabled());

    const QString languageBefore = print->language();
    print->setLanguage(QStringLiteral("fi"));
    CHECK(QFileInfo(print->suggestedPath()).fileName().startsWith(name));
    // The kind and the plan's id follow the date, in the print language.
    CHECK(QRegularExpression(QStringLiteral("-kotoutumissuunnitelma(n-tarkistus)?-[0-9]+\\.pdf$"))
              .match(print->suggestedPath())
              .hasMatch());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("saved.pdf"));
    REQUIRE(print->savePdfTo(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(content.contains(QStringLiteral("Kotoutumissuunnitelma työvoiman ulkopuolella")));
    CHECK(content.contains(name.normalized(QString::NormalizationForm_KC)));

    const std::unique_ptr<QPrintPreviewDialog> preview = print->createPreview();
    REQUIRE(preview);
    preview->resize(900, 1000);
    preview->show();
    REQUIRE(QTest::qWaitForWindowExposed(preview.get()));
    saveScreenshot(*preview, QStringLiteral("print-preview"));
    preview->close();

    // A new search empties the selection: nothing left to print by mistake.
    type(window.caseList()->searchEdit(), QStringLiteral("no such client"));
    CHECK_FALSE(print->printAction()->isEnabled());
    print->setLanguage(languageBefore); // the choice is remembered in the settings
}
