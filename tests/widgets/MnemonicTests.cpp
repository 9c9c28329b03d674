// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// An officer who works by keyboard opens a menu with Alt and a letter, then picks an entry by
// its letter: two entries with one letter in a menu make the letter only move between them. In a
// dialog, two labels or buttons with one Alt letter make it jump between them instead of acting.
#include "TestSupport.h"
#include "actions/BackupActions.h"
#include "actions/LanguageActions.h"
#include "demo/DemoData.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/MunicipalityDialog.h"
#include "dialogs/ServiceCatalogueEditor.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/UnsavedTextDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "i18n/Translations.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "views/NoPlanView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using namespace kotoplan;

namespace {

// The letter after a single &, lower case; none when the text has no mnemonic ("&&" is an
// ampersand shown as it is).
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "place: letter (first, second)" for every letter two of the texts share.
QStringList sharedLetters(const QString &place, const QStringList &texts)
{
    QStringList shared;
    QHash<QChar, QString> taken;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (taken.contains(letter))
            shared.append(
                QStringLiteral("%1: %2 (%3, %4)").arg(place, letter, taken.value(letter), text));
        else
            taken.insert(letter, text);
    }
    return shared;
}

// The entries a menu shows: a disabled entry is shown greyed and still takes its letter.
QStringList entryTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
    }
    return texts;
}

// The menu's own letters and those of every submenu in it, however deep.
QStringList sharedInMenu(const QString &name, QMenu &menu)
{
    // A submenu filled as it opens (Restore from backup) shows its entries only then.
    Q_EMIT menu.aboutToShow();
    QStringList shared = sharedLetters(name, entryTexts(menu.actions()));
    for (const QAction *entry : menu.actions()) {
        if (entry->menu() && entry->isVisible())
            shared += sharedInMenu(name + QStringLiteral(" > ") + entry->text(), *entry->menu());
    }
    return shared;
}

QStringList sharedInMenus(MainWindow &window)
{
    QStringList shared =
        sharedLetters(QStringLiteral("menu bar"), entryTexts(window.menuBar()->actions()));
    for (const QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            shared += sharedInMenu(top->text(), *top->menu());
    }
    // The menus a right click opens: those of the widgets that show their actions.
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu)
            shared += sharedLetters(widget->objectName() + QStringLiteral(" (right click)"),
                                    entryTexts(widget->actions()));
    }
    return shared;
}

// The texts with Alt letters in a window or dialog that are not hidden: those of its buttons, or
// of its labels (a label's letter moves to the field it names) and group boxes.
enum class Kind
{
    Buttons,
    Labels
};

QStringList lettered(QWidget &root, Kind kind)
{
    QStringList texts;
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&root))
            continue;
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const auto *label = qobject_cast<const QLabel *>(widget);
        const auto *box = qobject_cast<const QGroupBox *>(widget);
        if (kind == Kind::Buttons && button)
            texts.append(button->text());
        else if (kind == Kind::Labels && label && label->buddy())
            texts.append(label->text());
        else if (kind == Kind::Labels && box)
            texts.append(box->title());
    }
    return texts;
}

QStringList lettered(QWidget &root)
{
    return lettered(root, Kind::Buttons) + lettered(root, Kind::Labels);
}

// A page of the main window: the menu bar's letters and those of the buttons are all distinct,
// and no label takes a menu bar's letter. (A label may share a button's letter where the
// alphabet runs out: Alt and the letter then moves between the two.)
QStringList sharedOnPage(const QString &page, MainWindow &window)
{
    const QStringList menus = entryTexts(window.menuBar()->actions());
    QStringList shared = sharedLetters(page, menus + lettered(window, Kind::Buttons));
    for (const QString &label : lettered(window, Kind::Labels))
        shared += sharedLetters(page, menus + QStringList{label});
    return shared;
}

QStringList sharedInDialog(const QString &name, QWidget &dialog)
{
    return sharedLetters(name, lettered(dialog));
}

QStringList sharedInDialogs(QSqlDatabase db)
{
    const std::vector<std::pair<QString, std::function<std::unique_ptr<QWidget>()>>> dialogs = {
        {QStringLiteral("client dialog"),
         [db] {
             return std::make_unique<ClientDialog>(db);
         }},
        {QStringLiteral("conflict dialog"),
         [] {
             return std::make_unique<ConflictDialog>();
         }},
        {QStringLiteral("export dialog"),
         [] {
             return std::make_unique<ExportDialog>(QDir::tempPath());
         }},
        {QStringLiteral("meeting dialog"),
         [db] {
             return std::make_unique<MeetingDialog>(db, Meeting{});
         }},
        {QStringLiteral("municipality dialog"),
         [] {
             return std::make_unique<MunicipalityDialog>();
         }},
        {QStringLiteral("service catalogue"),
         [db] {
             return std::make_unique<ServiceCatalogueEditor>(db);
         }},
        // Its button reads "Make active" or "Make inactive" as the service shown is: both.
        {QStringLiteral("service catalogue, the service's state turned"),
         [db] {
             auto editor = std::make_unique<ServiceCatalogueEditor>(db);
             editor->findChild<QPushButton *>(QStringLiteral("activeButton"))->click();
             return editor;
         }},
        {QStringLiteral("settings dialog"),
         [] {
             return std::make_unique<SettingsDialog>();
         }},
        {QStringLiteral("unsaved text dialog"),
         [] {
             return std::make_unique<UnsavedTextDialog>();
         }},
    };
    QStringList shared;
    for (const auto &[name, make] : dialogs) {
        const std::unique_ptr<QWidget> dialog = make();
        shared += sharedInDialog(name, *dialog);
    }
    return shared;
}

class LanguageGuard
{
public:
    ~LanguageGuard()
    {
        if (m_saved.isValid())
            QSettings().setValue(key, m_saved);
        else
            QSettings().remove(key);
        translations::installUiLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

private:
    const QString key = QStringLiteral("ui/language");
    QVariant m_saved = QSettings().value(key);
};

} // namespace

TEST_CASE("A letter is read as an officer's Alt letter only after a single ampersand", "[keyboard]")
{
    CHECK(mnemonic(QStringLiteral("Save && &close")) == QLatin1Char('c'));
    CHECK(mnemonic(QStringLiteral("Terms && conditions")).isNull());
    CHECK(mnemonic(QStringLiteral("&Print…")) == QLatin1Char('p'));
    // A greyed-out entry still answers to its letter in the open menu, so it counts.
    QMenu menu;
    menu.addAction(QStringLiteral("&Print…"));
    menu.addAction(QStringLiteral("&Preview"))->setEnabled(false);
    menu.addAction(QStringLiteral("Save && &quit"));
    menu.addAction(QStringLiteral("&Quit"))->setVisible(false);
    CHECK(sharedLetters(QStringLiteral("m"), entryTexts(menu.actions())) ==
          QStringList{QStringLiteral("m: p (&Print…, &Preview)")});
}

TEST_CASE("Every menu entry has a letter of its own in fi, sv and en", "[language][keyboard]")
{
    const LanguageGuard guard;
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    MainWindow window(db.connection());
    BackupActions backups(db.database(), &window);
    window.addBackupActions(&backups);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        window.languageActions()->choose(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QStringList shared = sharedInMenus(window);
        INFO(language.toStdString() << ": " << shared.join(QStringLiteral(" | ")).toStdString());
        CHECK(window.menuBar()->actions().size() >= 6);
        CHECK(shared.isEmpty());
    }
}

TEST_CASE("Every label and button of the main dialogs has a letter of its own in fi, sv and en",
          "[language][keyboard]")
{
    const LanguageGuard guard;
    test::TempDatabase db;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        translations::installUiLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        const QStringList shared = sharedInDialogs(db.connection());
        INFO(language.toStdString() << ": " << shared.join(QStringLiteral(" | ")).toStdString());
        CHECK(shared.isEmpty());
    }
}

TEST_CASE("In the main window Alt and a letter opens the menu: no button or label takes a menu's "
          "letter, and the case list's letters are all its own",
          "[language][keyboard]")
{
    const LanguageGuard guard;
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 12).error.isEmpty());
    Client withoutPlan = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(withoutPlan).ok());
    MainWindow window(db.connection());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    qint64 draftId = 0;
    const CaseListModel *cases = window.caseModel();
    for (int row = 0; row < cases->rowCount() && draftId == 0; ++row) {
        if (cases->rowAt(row).planId > 0 && cases->rowAt(row).status == PlanStatus::Draft)
            draftId = cases->rowAt(row).planId;
    }
    REQUIRE(draftId > 0);
    CaseWorkspace *workspace = window.workspace();
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        window.languageActions()->choose(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        workspace->showList();
        QCoreApplication::processEvents();
        QStringList shared =
            sharedLetters(QStringLiteral("case list"),
                          entryTexts(window.menuBar()->actions()) + lettered(window));
        REQUIRE(workspace->openPlan(draftId));
        QCoreApplication::processEvents();
        shared += sharedOnPage(QStringLiteral("plan open"), window);
        // A save conflict adds its button beside the others.
        window.editor()->showConflict(QStringLiteral("Saved meanwhile by someone else."));
        shared += sharedOnPage(QStringLiteral("save conflict"), window);
        window.editor()->showConflict(QString());
        REQUIRE(workspace->openCase(withoutPlan.id, 0));
        REQUIRE(workspace->currentWidget() == workspace->noPlanView());
        shared += sharedOnPage(QStringLiteral("no plan yet"), window);
        INFO(language.toStdString() << ": " << shared.join(QStringLiteral(" | ")).toStdString());
        CHECK(shared.isEmpty());
    }
}
