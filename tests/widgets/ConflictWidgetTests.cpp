// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Two desks save the same case: the editor keeps the officer's text, offers the comparison, and
// saves what the officer chooses there over the version saved meanwhile.
#include "EditorTestSupport.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "dialogs/ConflictDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "models/SaveConflictModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace kotoplan;
using test::input;
using test::retype;

namespace {

// A full case open in the main window on this run's database.
struct OpenCase
{
    OpenCase()
    {
        REQUIRE(test::showActive(window));
        REQUIRE(window.workspace()->openPlan(plan.id));
    }

    // A colleague's desk saves the case meanwhile, through a connection of its own.
    void savedElsewhere(const std::function<void(Client &, Plan &)> &change)
    {
        Database other;
        REQUIRE(other.open(db.location()).ok());
        Plan theirs = *PlanStore(other.connection()).load(plan.id);
        Client theirClient = *ClientStore(other.connection()).load(theirs.clientId);
        const Plan planBefore = theirs;
        const Client clientBefore = theirClient;
        change(theirClient, theirs);
        if (!(theirClient == clientBefore))
            REQUIRE(ClientStore(other.connection()).save(theirClient).ok());
        if (!(theirs == planBefore))
            REQUIRE(PlanStore(other.connection()).save(theirs).ok());
    }

    Plan stored() { return test::readPlan(db.location(), plan.id); }
    PlanEditor *editor() { return window.editor(); }

    FixedClock clock{QDate(2025, 4, 2)};
    test::TempDatabase db;
    Plan plan = test::storeFullCase(db.connection());
    MainWindow window{db.connection()};
};

// Handles the conflict dialog that is about to open, as the officer would.
void whenConflictShown(std::function<void(ConflictDialog *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ConflictDialog *>(widget);
                dialog && dialog->isVisible())
                answer(dialog);
        }
    });
}

} // namespace

TEST_CASE("A save conflict is shown and overwrites nothing", "[autosave][conflict]")
{
    OpenCase open;
    open.savedElsewhere(
        [](Client &, Plan &theirs) { theirs.futureWish = QStringLiteral("Their text"); });
    PlanEditor *editor = open.editor();
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), QStringLiteral("Mine"));
    CHECK_FALSE(open.window.workspace()->saveNow());
    CHECK(editor->banner().contains(QStringLiteral("someone else saved this case")));
    CHECK(editor->resolveConflictButton()->isVisible());
    test::saveScreenshot(open.window, QStringLiteral("editor-conflict-banner"));
    CHECK(editor->saveStateText().startsWith(QStringLiteral("Not saved: ")));
    CHECK(input<QPlainTextEdit>(editor, "futureWishEdit")->toPlainText() == QStringLiteral("Mine"));
    CHECK(open.stored().futureWish == QStringLiteral("Their text"));

    SECTION("Cancel in the comparison keeps both: the text here, theirs stored")
    {
        whenConflictShown([](ConflictDialog *dialog) {
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        });
        QTest::mouseClick(editor->resolveConflictButton(), Qt::LeftButton);
        CHECK(input<QPlainTextEdit>(editor, "futureWishEdit")->toPlainText() ==
              QStringLiteral("Mine"));
        CHECK(open.stored().futureWish == QStringLiteral("Their text"));
        CHECK(editor->resolveConflictButton()->isVisible());
    }
}

TEST_CASE("After a save conflict the officer compares, chooses field by field, and it saves",
          "[autosave][conflict]")
{
    OpenCase open;
    open.savedElsewhere([](Client &, Plan &theirs) {
        theirs.futureWish = QStringLiteral("Their wish");
        theirs.occupationPrimary = QStringLiteral("Their occupation");
    });
    PlanEditor *editor = open.editor();
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), QStringLiteral("My wish"));
    retype(input<QPlainTextEdit>(editor, "clientCommitmentsEdit"),
           QStringLiteral("My commitments"));
    CHECK_FALSE(open.window.workspace()->saveNow());
    REQUIRE(editor->resolveConflictButton()->isVisible());

    QStringList shownRows;
    whenConflictShown([&shownRows](ConflictDialog *dialog) {
        SaveConflictModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row)
            shownRows.append(model->index(row, SaveConflictModel::Field).data().toString());
        test::saveScreenshot(*dialog, QStringLiteral("conflict-dialog"));
        // The wish: take theirs, with the keyboard, as an officer would.
        QTableView *view = dialog->tableView();
        view->setFocus();
        view->setCurrentIndex(model->index(0, SaveConflictModel::Theirs));
        QTest::keyClick(view, Qt::Key_Space);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(editor->resolveConflictButton(), Qt::LeftButton);

    CHECK(shownRows ==
          QStringList{QStringLiteral("Future wish (changed by both)"),
                      QStringLiteral("Primary occupational goal (changed by the other)"),
                      QStringLiteral("Expected of the client (changed by you)")});
    const Plan stored = open.stored();
    CHECK(stored.futureWish == QStringLiteral("Their wish"));
    CHECK(stored.occupationPrimary == QStringLiteral("Their occupation"));
    CHECK(stored.clientCommitments == QStringLiteral("My commitments"));
    // The editor shows what is stored now, saved, and the banner is gone.
    CHECK(input<QPlainTextEdit>(editor, "futureWishEdit")->toPlainText() ==
          QStringLiteral("Their wish"));
    CHECK(input<QLineEdit>(editor, "occupationPrimaryEdit")->text() ==
          QStringLiteral("Their occupation"));
    CHECK(editor->saveStateText() == QStringLiteral("Saved"));
    CHECK(editor->banner().isEmpty());
    CHECK_FALSE(editor->resolveConflictButton()->isVisible());

    // Typing on goes on saving over the merged version.
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), QStringLiteral("Agreed wish"));
    REQUIRE(open.window.workspace()->saveNow());
    CHECK(open.stored().futureWish == QStringLiteral("Agreed wish"));
}

TEST_CASE("A conflict over the client's details settles in the same comparison",
          "[autosave][conflict]")
{
    OpenCase open;
    open.savedElsewhere(
        [](Client &theirs, Plan &) { theirs.phone = QStringLiteral("+358 40 765 4321"); });
    PlanEditor *editor = open.editor();
    retype(input<QLineEdit>(editor, "addressEdit"), QStringLiteral("Uusi katu 1"));
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), QStringLiteral("My wish"));
    CHECK_FALSE(open.window.workspace()->saveNow());
    REQUIRE(editor->resolveConflictButton()->isVisible());

    QStringList keys;
    whenConflictShown([&keys](ConflictDialog *dialog) {
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            keys.append(dialog->model()
                            ->index(row, SaveConflictModel::Field)
                            .data(SaveConflictModel::KeyRole)
                            .toString());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(editor->resolveConflictButton(), Qt::LeftButton);
    CHECK(keys == QStringList{QStringLiteral("address"), QStringLiteral("phone"),
                              QStringLiteral("futureWish")});
    Database reader;
    REQUIRE(reader.open(open.db.location()).ok());
    const Client stored = *ClientStore(reader.connection()).load(open.plan.clientId);
    CHECK(stored.address == QStringLiteral("Uusi katu 1"));
    CHECK(stored.phone == QStringLiteral("+358 40 765 4321"));
    CHECK(open.stored().futureWish == QStringLiteral("My wish"));
    CHECK(editor->saveStateText() == QStringLiteral("Saved"));
    CHECK(input<QLineEdit>(editor, "phoneEdit")->text() == QStringLiteral("+358 40 765 4321"));
}

TEST_CASE("A plan signed before the officer compares is kept as signed, and the text stays",
          "[autosave][conflict]")
{
    OpenCase open;
    open.savedElsewhere(
        [](Client &, Plan &theirs) { theirs.futureWish = QStringLiteral("Their text"); });
    PlanEditor *editor = open.editor();
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), QStringLiteral("Mine"));
    CHECK_FALSE(open.window.workspace()->saveNow());
    REQUIRE(editor->resolveConflictButton()->isVisible());
    {
        Database other; // the colleague signs with the client before this officer compares
        REQUIRE(other.open(open.db.location()).ok());
        REQUIRE(PlanStore(other.connection())
                    .sign(open.plan.id, Clock::today(), QStringLiteral("Liisa Virtanen"))
                    .ok());
    }
    const Plan signedPlan = open.stored();

    QTest::mouseClick(editor->resolveConflictButton(), Qt::LeftButton);
    CHECK(editor->banner().contains(QStringLiteral("signed in the meantime")));
    CHECK_FALSE(editor->resolveConflictButton()->isVisible());
    CHECK(input<QPlainTextEdit>(editor, "futureWishEdit")->toPlainText() == QStringLiteral("Mine"));
    CHECK(open.stored() == signedPlan);
}
