// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "UiTexts.h"
#include "WidgetTestSupport.h"
#include "actions/FollowUpActions.h"
#include "actions/LanguageActions.h"
#include "actions/PrintActions.h"
#include "demo/DemoData.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/ConflictDialog.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "editor/PlanEditor.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"
#include "models/CaseListModel.h"
#include "models/SaveConflictModel.h"
#include "sections/ClientSection.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString printLanguageKey = QStringLiteral("print/language");

// Leaves the settings and the UI language as the test found them.
class LanguageGuard
{
public:
    LanguageGuard()
        : m_saved(QSettings().value(languageKey))
        , m_savedPrint(QSettings().value(printLanguageKey))
    {}
    ~LanguageGuard()
    {
        for (const auto &[key, value] :
             {std::pair{languageKey, m_saved}, std::pair{printLanguageKey, m_savedPrint}}) {
            if (value.isValid())
                QSettings().setValue(key, value);
            else
                QSettings().remove(key);
        }
        translations::installUiLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

private:
    QVariant m_saved;
    QVariant m_savedPrint;
};

// The menu switches the UI; the LanguageChange events Qt posts are delivered before returning.
void switchTo(MainWindow &window, const QString &language)
{
    window.languageActions()->choose(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

struct OpenedWindow
{
    std::unique_ptr<MainWindow> window;
    qint64 planId = 0;
};

OpenedWindow openEditor(test::TempDatabase &db)
{
    REQUIRE(DemoData::generate(db.connection(), 12).error.isEmpty());
    OpenedWindow opened{std::make_unique<MainWindow>(db.connection()), 0};
    opened.window->resize(1366, 768);
    opened.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(opened.window.get()));
    // A draft: its fields are enabled, so the screenshots show the texts as the officer reads them.
    const CaseListModel *cases = opened.window->caseModel();
    for (int row = 0; row < cases->rowCount() && opened.planId == 0; ++row) {
        if (cases->rowAt(row).planId > 0 && cases->rowAt(row).status == PlanStatus::Draft)
            opened.planId = cases->rowAt(row).planId;
    }
    REQUIRE(opened.planId > 0);
    return opened;
}

void screenshotOfEditor(MainWindow &window, const QString &name)
{
    // The whole form at the window's width, top to bottom, in parts a screen high: a cut-off
    // label shows wherever it is.
    QWidget *contents = window.editor()->scrollArea()->widget();
    const int part = 760;
    const QString folder = QFileInfo(test::saveScreenshot(*contents, name)).path();
    for (int top = 0, index = 1; top < contents->height(); top += part, ++index) {
        contents->grab(QRect(0, top, contents->width(), part))
            .save(QStringLiteral("%1/%2-part%3.png").arg(folder, name).arg(index));
    }
}

} // namespace

TEST_CASE("Switched to Finnish or Swedish, the editor and the main window show no English text "
          "that has a translation, and English comes back whole",
          "[language]")
{
    const LanguageGuard guard;
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    OpenedWindow opened = openEditor(db);
    MainWindow &window = *opened.window;
    switchTo(window, QStringLiteral("en"));
    // The follow-up and the audit log open beside the main window; their texts count too.
    auto *followUp = window.findChild<FollowUpActions *>();
    REQUIRE(followUp);
    followUp->showFollowUp();
    followUp->showAuditLog();
    REQUIRE(window.workspace()->openPlan(opened.planId));
    window.workspace()->showList();
    QCoreApplication::processEvents();
    const QStringList englishList = test::uiTexts(window);

    // The list first, then the editor with a plan open: both pages have their own texts.
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        const QSet<QString> untranslated = test::translatedSources(language);
        REQUIRE(untranslated.size() > 500);
        switchTo(window, QStringLiteral("en"));
        window.workspace()->showList();
        switchTo(window, language);
        for (const bool editing : {false, true}) {
            if (editing)
                REQUIRE(window.workspace()->openPlan(opened.planId));
            QCoreApplication::processEvents();
            const QStringList texts = test::uiTexts(window);
            REQUIRE(texts.size() > 150);
            for (const QString &text : texts) {
                INFO(language.toStdString() << (editing ? " editor: " : " list: ") << text);
                CHECK_FALSE(untranslated.contains(text));
            }
        }
        const QString prefix = QStringLiteral("language-%1-").arg(language);
        test::saveScreenshot(window, prefix + QStringLiteral("main-window-editor"));
        screenshotOfEditor(window, prefix + QStringLiteral("editor-whole"));
        window.workspace()->showList();
        QCoreApplication::processEvents();
        test::saveScreenshot(window, prefix + QStringLiteral("main-window-list"));
        QMenu *fileMenu = window.fileMenu();
        fileMenu->popup(window.mapToGlobal(QPoint(0, 0)));
        QTest::qWait(20);
        test::saveScreenshot(*fileMenu, prefix + QStringLiteral("file-menu"));
        fileMenu->hide();
    }

    // Back to English: every text as it was before the first switch.
    switchTo(window, QStringLiteral("en"));
    window.workspace()->showList();
    QCoreApplication::processEvents();
    QStringList englishAgain = test::uiTexts(window);
    QStringList before = englishList;
    before.sort();
    englishAgain.sort();
    CHECK(englishAgain == before);
    CHECK(window.fileMenu()->title() == QStringLiteral("&File"));
    REQUIRE(window.workspace()->openPlan(opened.planId));
    QCoreApplication::processEvents();
    test::saveScreenshot(window, QStringLiteral("language-en-main-window-editor"));
    screenshotOfEditor(window, QStringLiteral("language-en-editor-whole"));
}

TEST_CASE("The Language menu names each language in its own words and checks the one shown",
          "[language]")
{
    const LanguageGuard guard;
    test::TempDatabase db;
    MainWindow window(db.connection());
    switchTo(window, QStringLiteral("en"));
    QMenu *menu = window.languageActions()->menu();
    QStringList names;
    for (QAction *action : menu->actions())
        names.append(action->text());
    CHECK(names == QStringList{QStringLiteral("Suomi"), QStringLiteral("Svenska"),
                               QStringLiteral("English")});
    CHECK(window.menuBar()->actions().contains(menu->menuAction()));
    CHECK(menu->title() == QStringLiteral("&Language"));

    // Triggered like a click: the UI is Swedish at once, the Swedish entry alone is checked.
    menu->actions().at(1)->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(window.fileMenu()->title() == QStringLiteral("&Arkiv"));
    CHECK(menu->title() == QStringLiteral("&Språk (Language)"));
    CHECK(menu->actions().at(1)->isChecked());
    CHECK_FALSE(menu->actions().at(0)->isChecked());
    CHECK_FALSE(menu->actions().at(2)->isChecked());
    // The same names in every UI language.
    for (QAction *action : menu->actions())
        CHECK(names.contains(action->text()));
}

TEST_CASE("The language chosen is remembered for the next start, and at first start the system's",
          "[language]")
{
    const LanguageGuard guard;
    QSettings().remove(languageKey);
    // The tests run in the C locale: English, as for any system language other than fi and sv.
    CHECK(translations::startLanguage() == translations::languageFor(QLocale::system()));
    CHECK(translations::languageFor(QLocale(QLocale::Finnish, QLocale::Finland)) ==
          QStringLiteral("fi"));
    CHECK(translations::languageFor(QLocale(QLocale::Swedish, QLocale::Sweden)) ==
          QStringLiteral("sv"));
    CHECK(translations::languageFor(QLocale(QLocale::German)) == QStringLiteral("en"));

    test::TempDatabase db;
    {
        MainWindow window(db.connection());
        switchTo(window, QStringLiteral("sv"));
    }
    CHECK(QSettings().value(languageKey).toString() == QStringLiteral("sv"));
    CHECK(translations::startLanguage() == QStringLiteral("sv"));
    // A value the program does not know falls back to the system's language.
    QSettings().setValue(languageKey, QStringLiteral("xx"));
    CHECK(translations::startLanguage() == translations::languageFor(QLocale::system()));
}

TEST_CASE("Dates in the UI read 23.11.2026 in every language, and Qt's own buttons follow the UI",
          "[language]")
{
    const LanguageGuard guard;
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 12).error.isEmpty());
    MainWindow window(db.connection());
    const QRegularExpression finnishDate(QStringLiteral("^[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}$"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const std::map<QString, QString> cancel{{QStringLiteral("fi"), QStringLiteral("Peruuta")},
                                            {QStringLiteral("sv"), QStringLiteral("Avbryt")},
                                            {QStringLiteral("en"), QStringLiteral("Cancel")}};
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        switchTo(window, language);
        INFO(language.toStdString());
        CHECK(dateText::displayDate(QDate(2026, 11, 23)) == QStringLiteral("23.11.2026"));
        CHECK(dateText::displayDate(QDate(2026, 1, 5)) == QStringLiteral("5.1.2026"));
        CHECK(dateText::displayTime(QTime(9, 30)) == QStringLiteral("9.30"));
        // What the fields show, they take back.
        CHECK(dateText::parseDate(dateText::displayDate(QDate(2026, 1, 5))) == QDate(2026, 1, 5));
        // Numbers as Finland writes them, a no-break space between the thousands.
        CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1\u00a0234,5"));
        QAbstractItemModel *cases = window.caseList()->tableView()->model();
        REQUIRE(cases->rowCount() > 0);
        for (int row = 0; row < cases->rowCount(); ++row) {
            const QString born = cases->index(row, CaseListModel::DateOfBirth).data().toString();
            CHECK(finnishDate.match(born).hasMatch());
        }
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == cancel.at(language));
        // The new-client dialog, a dialog with Qt's standard buttons, as the officer sees it.
        ClientDialog dialog(db.connection(), &window);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QDialogButtonBox *>();
        REQUIRE(box);
        CHECK(box->button(QDialogButtonBox::Cancel)->text() == cancel.at(language));
        test::saveScreenshot(dialog, QStringLiteral("language-%1-client-dialog").arg(language));
    }
}

TEST_CASE("The printed plan's language stays as chosen for printing when the UI switches",
          "[language]")
{
    const LanguageGuard guard;
    test::TempDatabase db;
    MainWindow window(db.connection());
    switchTo(window, QStringLiteral("en"));
    PrintActions *print = window.printActions();
    print->setLanguage(QStringLiteral("sv"));
    switchTo(window, QStringLiteral("fi"));
    CHECK(print->language() == QStringLiteral("sv"));
    // The print-language picker names the languages in their own words, English too.
    QStringList names;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isCheckable() && action->actionGroup() &&
            action->actionGroup()->parent() == print)
            names.append(action->text());
    }
    CHECK(names == QStringList{QStringLiteral("Suomi"), QStringLiteral("Svenska"),
                               QStringLiteral("English")});
    bool titled = false;
    for (QMenu *menu : window.findChildren<QMenu *>())
        titled = titled || menu->title() == QStringLiteral("Tulostee&n kieli: Svenska");
    CHECK(titled);
}

TEST_CASE("Languages and countries typed as codes are named in the UI language", "[language]")
{
    const LanguageGuard guard;
    CHECK(localeNames::language(QStringLiteral("ar"), QStringLiteral("fi")) ==
          QStringLiteral("arabia"));
    CHECK(localeNames::language(QStringLiteral("so"), QStringLiteral("sv")) ==
          QStringLiteral("somaliska"));
    CHECK(localeNames::language(QStringLiteral("en"), QStringLiteral("en")) ==
          QStringLiteral("English"));
    CHECK(localeNames::country(QStringLiteral("SY"), QStringLiteral("fi")) ==
          QStringLiteral("Syyria"));
    CHECK(localeNames::country(QStringLiteral("sy"), QStringLiteral("sv")) ==
          QStringLiteral("Syrien"));
    CHECK(localeNames::language(QStringLiteral("dari"), QStringLiteral("fi")).isEmpty());
    CHECK(localeNames::describeLanguages({QStringLiteral("ar"), QStringLiteral("dari")},
                                         QStringLiteral("sv")) ==
          QStringLiteral("arabiska (ar), dari"));

    test::TempDatabase db;
    MainWindow window(db.connection());
    ClientSection *section = window.editor()->clientSection();
    test::typeText(section->fieldEdit(QStringLiteral("client.motherTongues")),
                   QStringLiteral("ar, ku, dari"));
    test::typeText(section->fieldEdit(QStringLiteral("client.citizenships")),
                   QStringLiteral("SY, XX"));
    const auto names = [section](const char *name) {
        return section->findChild<QLabel *>(QString::fromLatin1(name))->text();
    };
    switchTo(window, QStringLiteral("fi"));
    CHECK(names("motherTonguesNames") == QStringLiteral("arabia, kurdi"));
    CHECK(names("citizenshipsNames") == QStringLiteral("Syyria, kansalaisuudeton"));
    switchTo(window, QStringLiteral("sv"));
    CHECK(names("motherTonguesNames") == QStringLiteral("arabiska, kurdiska"));
    CHECK(names("citizenshipsNames") == QStringLiteral("Syrien, statslös"));
    switchTo(window, QStringLiteral("en"));
    CHECK(names("motherTonguesNames") == QStringLiteral("Arabic, Kurdish"));
}

TEST_CASE("The save conflict's comparison reads in Finnish and Swedish", "[language][conflict]")
{
    const LanguageGuard guard;
    Client client = test::fullClient();
    const Plan base = test::fullPlan(1);
    Plan mine = base;
    Plan theirs = base;
    mine.futureWish = QStringLiteral("Sairaanhoitaja viiden vuoden päästä");
    theirs.futureWish = QStringLiteral("Kokki");
    theirs.occupationPrimary.clear();
    Client theirClient = client;
    theirClient.phone = QStringLiteral("+358 40 765 4321");
    for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
        translations::switchUiLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QSet<QString> untranslated = test::translatedSources(language);
        ConflictDialog dialog;
        dialog.setConflict(SaveConflict({client, base}, {client, mine}, {theirClient, theirs}));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        REQUIRE(dialog.model()->rowCount() == 3);
        for (const QString &text : test::uiTexts(dialog)) {
            INFO(language.toStdString() << ": " << text);
            CHECK_FALSE(untranslated.contains(text));
        }
        CHECK(dialog.model()->index(1, SaveConflictModel::Field).data().toString() ==
              (language == QStringLiteral("fi")
                   ? QStringLiteral("Tulevaisuuden toive (molemmat muuttivat)")
                   : QStringLiteral("Framtidens önskan (ändrat av båda)")));
        test::saveScreenshot(dialog, QStringLiteral("conflict-dialog-%1").arg(language));
    }
}
