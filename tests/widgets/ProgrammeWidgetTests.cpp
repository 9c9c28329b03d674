// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ProgrammeActions.h"
#include "dialogs/MessageBox.h"
#include "dialogs/MunicipalityDialog.h"
#include "dialogs/ServiceCatalogueEditor.h"
#include "domain/Clock.h"
#include "models/ServiceCatalogueModel.h"
#include "models/StatisticsTableModel.h"
#include "print/PrintLanguage.h"
#include "print/ProgrammeDocument.h"
#include "settings/Municipality.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"
#include "tables/ServiceCompleter.h"
#include "views/StatisticsChart.h"
#include "views/StatisticsView.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
const QDate fixedToday(2026, 11, 23);

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}
} // namespace

TEST_CASE("The service completer offers the catalogue in a plain line edit", "[widgets][completer]")
{
    test::TempDatabase db;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *edit = new QLineEdit(&window);
    layout->addWidget(edit);
    window.resize(500, 80);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    ServiceCompleter completer(db.connection());
    completer.attach(edit);
    QSignalSpy chosen(&completer, &ServiceCompleter::serviceChosen);
    QSignalSpy cleared(&completer, &ServiceCompleter::serviceCleared);

    test::typeText(edit, QStringLiteral("guid"));
    QAbstractItemView *popup = completer.popup();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() >= 2);
    CHECK(popup->model()->index(0, 0).data().toString() ==
          QStringLiteral("Guidance and counselling"));
    test::saveScreenshot(*popup, QStringLiteral("service-completer-popup"));

    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    const qint64 id = chosen.first().at(0).toLongLong();
    const std::optional<Service> service = ServiceCatalogue(db.connection()).load(id);
    REQUIRE(service);
    CHECK(service->nameEn == QStringLiteral("Guidance and counselling"));
    CHECK(chosen.first().at(1).toString() == QStringLiteral("Guidance and counselling"));
    CHECK(chosen.first().at(2).toString() == QStringLiteral("Municipality"));
    CHECK(edit->text() == QStringLiteral("Guidance and counselling"));
    CHECK(completer.chosenServiceId() == id);
    CHECK_FALSE(popup->isVisible());

    // Typing on makes it free text again; text that matches nothing offers nothing.
    test::typeText(edit, QStringLiteral(" at home"));
    CHECK(cleared.count() == 1);
    CHECK(completer.chosenServiceId() == 0);
    CHECK_FALSE(popup->isVisible());
    CHECK(edit->text() == QStringLiteral("Guidance and counselling at home"));

    // Escape keeps what was typed.
    edit->clear();
    test::typeText(edit, QStringLiteral("Språk"));
    test::typeText(edit, QStringLiteral("kurs"));
    CHECK_FALSE(popup->isVisible());
    edit->clear();
    test::typeText(edit, QStringLiteral("vänverk"));
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    CHECK_FALSE(popup->isVisible());
    CHECK(edit->text() == QStringLiteral("vänverk"));
    CHECK(chosen.count() == 1);
}

TEST_CASE("The catalogue editor adds, deactivates and deletes only unused services",
          "[widgets][catalogue]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    const int before = catalogue.count();
    ServiceCatalogueEditor editor(db.connection());
    editor.resize(1100, 720);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    CHECK(editor.model()->rowCount() == before);
    test::saveScreenshot(editor, QStringLiteral("service-catalogue-editor"));

    // A service without a name is refused with the reason, and nothing is stored.
    QTest::mouseClick(child<QPushButton>(editor, "newButton"), Qt::LeftButton);
    test::typeText(child<QLineEdit>(editor, "followUpEnEdit"), QStringLiteral("Visitors"));
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    CHECK(editor.message() == QStringLiteral("Give the service a name in at least one language."));
    CHECK(catalogue.count() == before);
    CHECK(child<QLineEdit>(editor, "followUpEnEdit")->text() == QStringLiteral("Visitors"));

    test::typeText(child<QLineEdit>(editor, "nameFiEdit"), QStringLiteral("Kielikahvila"));
    test::typeText(child<QLineEdit>(editor, "nameSvEdit"), QStringLiteral("Språkcafé"));
    test::typeText(child<QLineEdit>(editor, "nameEnEdit"), QStringLiteral("Language café"));
    QComboBox *responsible = child<QComboBox>(editor, "responsibleCombo");
    responsible->setCurrentIndex(responsible->findData(QStringLiteral("parish")));
    test::typeText(child<QLineEdit>(editor, "partnersEdit"),
                   QStringLiteral("Third sector (civic organisations); Library"));
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    REQUIRE(catalogue.count() == before + 1);
    const Service added = catalogue.search(QStringLiteral("kielikahvila")).first();
    CHECK(added.nameSv == QStringLiteral("Språkcafé"));
    CHECK(added.responsible == QStringLiteral("parish"));
    CHECK(added.partners == QStringList{QStringLiteral("third-sector"), QStringLiteral("Library")});
    CHECK(added.followUp(QStringLiteral("en")) == QStringLiteral("Visitors"));

    // A plan uses it: delete is off, and refused with the reason even if asked.
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    plan.subGoals = {{QStringLiteral("Speaks"), QStringLiteral("Language café"), added.id,
                      QStringLiteral("Parish"), QString()}};
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    editor.model()->reload();
    REQUIRE(editor.selectService(added.id));
    QPushButton *deleteButton = child<QPushButton>(editor, "deleteButton");
    CHECK_FALSE(deleteButton->isEnabled());
    CHECK(deleteButton->toolTip().contains(QStringLiteral("inactive")));
    editor.deleteService();
    CHECK(editor.message().contains(QStringLiteral("cannot be deleted")));
    CHECK(catalogue.load(added.id).has_value());

    QPushButton *activeButton = child<QPushButton>(editor, "activeButton");
    CHECK(activeButton->text() == QStringLiteral("&Make inactive"));
    QTest::mouseClick(activeButton, Qt::LeftButton);
    CHECK_FALSE(catalogue.load(added.id)->active);
    CHECK(activeButton->text() == QStringLiteral("&Make active"));
    const int row = editor.model()->rowOfService(added.id);
    CHECK(editor.model()->index(row, ServiceCatalogueModel::Active).data().toString() ==
          QStringLiteral("Inactive"));
    CHECK(PlanStore(db.connection()).load(plan.id)->subGoals.first().measure ==
          QStringLiteral("Language café"));
    test::saveScreenshot(editor, QStringLiteral("service-catalogue-inactive"));

    // An unused default service is deleted after the officer confirms.
    const Service unused =
        catalogue.list().last().id == added.id ? catalogue.list().at(0) : catalogue.list().last();
    REQUIRE(editor.selectService(unused.id));
    CHECK(deleteButton->isEnabled());
    QString asked;
    editor.setConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    CHECK(asked.contains(unused.nameEn));
    CHECK(catalogue.load(unused.id).has_value());
    editor.setConfirmation([](const QString &) { return true; });
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    CHECK_FALSE(catalogue.load(unused.id).has_value());
    CHECK(editor.message() == QStringLiteral("The service was deleted."));

    // The search box finds by a name in any language.
    test::typeText(child<QLineEdit>(editor, "searchEdit"), QStringLiteral("sprakcafe"));
    CHECK(editor.model()->rowCount() == 1);
}

TEST_CASE("The statistics view shows each table with its chart and exports the CSV",
          "[widgets][statistics]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    StatisticsView view(db.connection());
    view.resize(1200, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.report().fromYear == 2026);
    view.setYears(2023, 2026);
    REQUIRE(view.report().error.isEmpty());

    REQUIRE(view.showTable(QStringLiteral("plans-per-year")));
    StatisticsTableModel *model = view.tableModel();
    CHECK(model->rowCount() == 5);
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("2024"));
    CHECK(model->index(1, 1).data().toString() == QStringLiteral("3"));
    CHECK(model->index(4, 1).data().toString() == QStringLiteral("7"));
    const QList<std::pair<QString, qreal>> bars = view.chart()->bars();
    REQUIRE(bars.size() == 4);
    CHECK(bars.at(1) == std::pair<QString, qreal>{QStringLiteral("2024"), 3.0});
    QCoreApplication::processEvents(); // the chart lays itself out on the event loop
    test::saveScreenshot(view, QStringLiteral("statistics-plans-per-year"));

    REQUIRE(view.showTable(QStringLiteral("reviews-within-six-months")));
    CHECK(model->columnCount() == 4);
    CHECK(model->index(4, 3).data().toString() == QStringLiteral("66.7"));
    REQUIRE(view.showTable(QStringLiteral("services")));
    QCoreApplication::processEvents();
    test::saveScreenshot(view, QStringLiteral("statistics-services"));

    // The years never cross: moving "from" past "to" moves "to" along.
    QSpinBox *from = child<QSpinBox>(view, "fromSpin");
    from->setValue(2027);
    CHECK(child<QSpinBox>(view, "toSpin")->value() == 2027);
    CHECK(view.report().fromYear == 2027);
    view.setYears(2023, 2026);

    const QString path = db.folder() + QStringLiteral("/export.csv");
    REQUIRE(view.exportCsv(path));
    CHECK(view.message().contains(QStringLiteral("export.csv")));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    const QString csv = QString::fromUtf8(test::fileBytes(path));
    CHECK(csv.contains(QStringLiteral("plans-per-year,2024,2024,plans,3")));
    for (const QString &secret : test::privateTexts(data))
        CHECK_FALSE(csv.contains(secret, Qt::CaseInsensitive));

    CHECK_FALSE(view.exportCsv(db.folder() + QStringLiteral("/missing/folder/x.csv")));
    CHECK(view.message().contains(QStringLiteral("cannot be written")));
}

TEST_CASE("The main window's Programme menu opens the catalogue and the statistics",
          "[widgets][programme]")
{
    test::TempDatabase db;
    MainWindow window(db.connection());
    ProgrammeActions *actions = window.findChild<ProgrammeActions *>();
    REQUIRE(actions);
    CHECK(actions->catalogueAction()->text() == QStringLiteral("&Service catalogue…"));
    CHECK(actions->statisticsAction()->isEnabled());
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        inMenu = inMenu || menu->text() == QStringLiteral("&Programme");
    CHECK(inMenu);
}

TEST_CASE("The municipality's name is set in the Programme menu and titles both PDFs",
          "[widgets][programme][pdf]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    const test::StatisticsDataset data = test::buildStatisticsDataset(db.connection());
    municipality::setName(QString());
    MainWindow window(db.connection());
    ProgrammeActions *actions = window.findChild<ProgrammeActions *>();
    REQUIRE(actions);
    CHECK(actions->municipalityAction()->text() ==
          QStringLiteral("&Municipality and service point…"));
    CHECK(actions->saveProgrammeAction()->text() ==
          QStringLiteral("Save the integration programme as P&DF…"));
    // Without a name the title is the document's own (in the print language).
    CHECK(actions->programmeDocument().title() == actions->programmeDocument().formTitle());

    // Cancel keeps what was stored; OK stores the typed name, trimmed.
    {
        MunicipalityDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        test::typeText(dialog.nameEdit(), QStringLiteral("Mustasaari"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(municipality::name().isEmpty());
    }
    {
        MunicipalityDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.nameEdit()->text().isEmpty());
        test::typeText(dialog.nameEdit(), QStringLiteral(" Korsholm "));
        test::saveScreenshot(dialog, QStringLiteral("municipality-dialog"));
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(municipality::name() == QStringLiteral("Korsholm"));
    }
    MunicipalityDialog again;
    CHECK(again.nameEdit()->text() == QStringLiteral("Korsholm"));

    // The programme document from the menu: PDF/A in the print language, the name in its title.
    const QString language = PrintLanguage::defaultCode();
    CHECK(actions->programmeDocument().title().contains(QStringLiteral("Korsholm")));
    const QString programme = db.folder() + QStringLiteral("/programme.pdf");
    REQUIRE(actions->saveProgrammeTo(programme));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("programme.pdf")));
    const QString programmeText = test::joinHyphens(test::pdfDrawnText(programme));
    CHECK(programmeText.startsWith(actions->programmeDocument().title()));
    for (const Service &service : ServiceCatalogue(db.connection()).list(true))
        CHECK(programmeText.contains(test::joinHyphens(service.name(language))));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(actions->saveProgrammeTo(db.folder() + QStringLiteral("/missing/x.pdf")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("x.pdf")));

    // The statistics view saves its tables as PDF/A under the same name.
    StatisticsView view(db.connection());
    view.setYears(2023, 2026);
    const QString statistics = db.folder() + QStringLiteral("/statistics.pdf");
    REQUIRE(view.exportPdf(statistics));
    CHECK(view.message().contains(QStringLiteral("statistics.pdf")));
    CHECK_FALSE(QFileInfo(statistics).permissions().testFlag(QFileDevice::ReadOther));
    const QString statisticsText = test::pdfDrawnText(statistics);
    CHECK(statisticsText.startsWith(QStringLiteral("Korsholm")));
    CHECK(statisticsText.contains(QStringLiteral("Plans per year")));
    CHECK(statisticsText.contains(QStringLiteral("Total 7 4 3")));
    for (const QString &secret : test::privateTexts(data))
        CHECK_FALSE(statisticsText.contains(secret, Qt::CaseInsensitive));
    CHECK_FALSE(view.exportPdf(db.folder() + QStringLiteral("/missing/y.pdf")));
    CHECK(view.message().contains(QStringLiteral("y.pdf")));
    municipality::setName(QString());
}
