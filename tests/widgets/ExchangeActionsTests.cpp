// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "actions/ExchangeActions.h"
#include "demo/DemoData.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "models/CaseListModel.h"
#include "views/CaseListView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("Export for the TE office from the window, and import into another database",
          "[widgets][exchange]")
{
    test::TempDatabase source;
    REQUIRE(DemoData::generate(source.connection(), 5).error.isEmpty());
    MainWindow window(source.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExchangeActions *actions = window.findChild<ExchangeActions *>();
    REQUIRE(actions);
    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(QModelIndex());
    CHECK_FALSE(actions->exportAction()->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(actions->exportAction()->isEnabled());

    QTemporaryDir out;
    QSignalSpy messages(actions, &ExchangeActions::message);
    REQUIRE(actions->exportTo(out.path(), QStringLiteral("TE-palvelut"), false));
    REQUIRE(messages.count() == 1);
    CHECK(messages.first().first().toString().startsWith(QStringLiteral("Exported")));
    const QStringList json = QDir(out.path()).entryList({QStringLiteral("*.json")});
    REQUIRE(json.size() == 1);
    CHECK(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size() == 1);

    // The same plan again into its own database is reported, not duplicated.
    CHECK_FALSE(actions->importFrom(out.filePath(json.first())));
    CHECK(messages.last().first().toString().contains(QStringLiteral("already")));

    test::TempDatabase target;
    MainWindow other(target.connection());
    ExchangeActions *otherActions = other.findChild<ExchangeActions *>();
    REQUIRE(otherActions);
    CHECK(other.caseModel()->rowCount() == 0);
    REQUIRE(otherActions->importFrom(out.filePath(json.first())));
    CHECK(other.caseModel()->rowCount() == 1);
    CHECK(other.caseModel()->rowAt(0).status == PlanStatus::Draft);
}

namespace {

QJsonObject onlyJson(const QString &folder)
{
    const QStringList json = QDir(folder).entryList({QStringLiteral("*.json")});
    REQUIRE(json.size() == 1);
    QFile file(QDir(folder).filePath(json.first()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList exchangeReceivers(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT receiver FROM plan_exchange ORDER BY id")));
    QStringList receivers;
    while (query.next())
        receivers.append(query.value(0).toString());
    return receivers;
}

} // namespace

namespace {

// Answers the export dialog that the action opens, as the officer would: the folder, the
// receiver and the life-situation box filled in, then OK; or Cancel when folder is empty.
// Returns what the dialog offered before it was filled.
struct Offered
{
    bool shown = false;
    QString receiver;
};
void answerExportDialog(Offered *offered, const QString &folder, const QString &receiver,
                        bool withLifeSituation)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered->shown = true;
        offered->receiver = dialog->receiverCombo()->currentText();
        if (folder.isEmpty()) {
            dialog->reject();
            return;
        }
        dialog->folderEdit()->setText(folder);
        dialog->receiverCombo()->setCurrentText(receiver);
        dialog->lifeSituationCheck()->setChecked(withLifeSituation);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("File > Export asks for a folder, the receiver and the life situation, and writes that",
          "[widgets][exchange]")
{
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 3).error.isEmpty());
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExchangeActions *actions = window.findChild<ExchangeActions *>();
    REQUIRE(actions);
    QTableView *table = window.caseList()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(actions->exportAction()->isEnabled());
    Offered offered;

    SECTION("every answer given: both files, the receiver typed and the summary asked for")
    {
        QTemporaryDir out;
        answerExportDialog(&offered, out.path(), QStringLiteral("TE-palvelut Vaasa"), true);
        actions->exportAction()->trigger();
        CHECK(offered.shown);
        const QJsonObject root = onlyJson(out.path());
        CHECK(root.value(QStringLiteral("receiver")).toString() ==
              QStringLiteral("TE-palvelut Vaasa"));
        CHECK(root.value(QStringLiteral("plan"))
                  .toObject()
                  .contains(QStringLiteral("lifeSituation")));
        CHECK(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size() == 1);
        CHECK(exchangeReceivers(db.connection()) ==
              QStringList{QStringLiteral("TE-palvelut Vaasa")});

        // The receiver is remembered and offered first the next time.
        QTemporaryDir again;
        Offered second;
        answerExportDialog(&second, QString(), QString(), false);
        actions->exportAction()->trigger();
        CHECK(second.receiver == QStringLiteral("TE-palvelut Vaasa"));
    }
    SECTION("the summary left out: the file is written without it")
    {
        QTemporaryDir out;
        answerExportDialog(&offered, out.path(), QStringLiteral("TE-palvelut"), false);
        actions->exportAction()->trigger();
        CHECK(offered.shown);
        CHECK_FALSE(onlyJson(out.path())
                        .value(QStringLiteral("plan"))
                        .toObject()
                        .contains(QStringLiteral("lifeSituation")));
    }
    SECTION("cancelled: nothing written, nothing registered")
    {
        answerExportDialog(&offered, QString(), QString(), false);
        actions->exportAction()->trigger();
        CHECK(offered.shown);
        CHECK(exchangeReceivers(db.connection()).isEmpty());
    }
}

TEST_CASE("File > Import reads the chosen file as a draft, and says why a file is refused",
          "[widgets][exchange]")
{
    test::TempDatabase source;
    REQUIRE(DemoData::generate(source.connection(), 1).error.isEmpty());
    MainWindow from(source.connection());
    ExchangeActions *fromActions = from.findChild<ExchangeActions *>();
    QTableView *table = from.caseList()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTemporaryDir out;
    REQUIRE(fromActions->exportTo(out.path(), QStringLiteral("Vaasa"), false));
    const QString json =
        out.filePath(QDir(out.path()).entryList({QStringLiteral("*.json")}).first());

    test::TempDatabase target;
    MainWindow window(target.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExchangeActions *actions = window.findChild<ExchangeActions *>();
    REQUIRE(actions);

    // Not a plan file: a warning that says so, nothing stored.
    const QString notes = out.filePath(QStringLiteral("notes.json"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Meeting notes\n");
    file.close();
    FileDialogs::setNextAnswer(notes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->importAction()->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("not valid JSON")));
    CHECK(window.caseModel()->rowCount() == 0);

    // Cancelled: nothing.
    FileDialogs::setNextAnswer(QString());
    actions->importAction()->trigger();
    CHECK(window.caseModel()->rowCount() == 0);

    FileDialogs::setNextAnswer(json);
    actions->importAction()->trigger();
    REQUIRE(window.caseModel()->rowCount() == 1);
    CHECK(window.caseModel()->rowAt(0).status == PlanStatus::Draft);
    CHECK(window.caseModel()->rowAt(0).name == from.caseModel()->rowAt(0).name);
}
