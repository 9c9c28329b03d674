// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "dialogs/PlanComparisonDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "i18n/Translations.h"
#include "models/PlanComparisonModel.h"
#include "models/SubGoalOutcomeModel.h"
#include "sections/OutcomesSection.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPoint>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

struct SignedCase
{
    Client client;
    Plan first;
};

SignedCase signedCase(QSqlDatabase db)
{
    Client client = test::fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    Plan first = test::fullPlan(client.id);
    REQUIRE(PlanStore(db).save(first).ok());
    REQUIRE(PlanStore(db).sign(first.id, first.draftedOn, QStringLiteral("Liisa Virtanen")).ok());
    return {client, *PlanStore(db).load(first.id)};
}

int auditLines(QSqlDatabase db, AuditAction action)
{
    AuditFilter filter;
    filter.action = action;
    return int(AuditLog(db, {}).query(filter).size());
}

// Chooses an outcome in a row of the outcomes table as an officer does: F2 opens the choice,
// the arrow keys move in it, Enter takes it.
void chooseOutcome(QTableView *view, int row, int downPresses)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, SubGoalOutcomeModel::Result));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(combo);
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    CHECK(combo->currentIndex() == downPresses);
    QTest::keyClick(combo, Qt::Key_Return);
    // The view commits an Enter on the next turn of the event loop.
    QCoreApplication::processEvents();
}

void typeNote(QTableView *view, int row, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, SubGoalOutcomeModel::Note));
    QTest::keyClick(view, Qt::Key_F2);
    auto *edit = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(edit);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

TEST_CASE("Start review from a signed plan, give the outcomes, undo one, and it is saved",
          "[review]")
{
    const FixedClock clock(QDate(2025, 10, 2));
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    test::TempDatabase db;
    const SignedCase start = signedCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    PlanEditor *editor = window.editor();

    REQUIRE(window.workspace()->openPlan(start.first.id));
    CHECK(editor->isReadOnly());
    CHECK(editor->banner().contains(QStringLiteral("signed")));
    CHECK(editor->startReviewButton()->isEnabled());
    CHECK(window.startReviewAction()->isEnabled());
    CHECK_FALSE(editor->compareButton()->isEnabled()); // a first plan continues nothing
    test::saveScreenshot(window, QStringLiteral("review-01-signed-plan"));

    QTest::mouseClick(editor->startReviewButton(), Qt::LeftButton);
    const Plan review = editor->storedPlan();
    REQUIRE(review.id != start.first.id);
    CHECK(review.kind == PlanKind::Review);
    CHECK(review.firstPlanDate == start.first.draftedOn);
    CHECK_FALSE(editor->isReadOnly());
    CHECK(editor->banner().isEmpty());
    // One version in the making at a time.
    CHECK_FALSE(editor->startReviewButton()->isEnabled());
    CHECK_FALSE(window.startReviewAction()->isEnabled());
    CHECK(editor->compareButton()->isEnabled());

    auto *section = editor->section<OutcomesSection>();
    REQUIRE(section);
    CHECK(section->isVisible());
    QTableView *view = section->tableView();
    CHECK(QApplication::focusWidget() == view);
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("Finnish A2"));
    CHECK(view->model()->index(1, 0).data().toString() == QStringLiteral("Knows the society"));

    chooseOutcome(view, 0, 1); // Achieved
    chooseOutcome(view, 1, 4); // Changed, with no note yet: not saved, and said why
    CHECK(editor->plan().outcomes.at(0).outcome == Outcome::Achieved);
    CHECK(editor->plan().outcomes.at(1).outcome == Outcome::Changed);
    CHECK_FALSE(window.workspace()->saveNow());
    auto *problems = section->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    CHECK(problems->isVisible());
    CHECK(problems->text() == QStringLiteral("Say in the note how sub-goal 2 was changed."));
    CHECK(editor->saveStateText().startsWith(QStringLiteral("Not saved")));
    // The store keeps the last state that was whole: the first choice, saved on its own.
    CHECK(PlanStore(db.connection()).load(review.id)->outcomes.at(1).outcome == Outcome::Unset);

    typeNote(view, 1, QStringLiteral("Civic orientation moved to spring"));
    CHECK_FALSE(problems->isVisible());
    editor->focusOutcomes();
    test::saveScreenshot(window, QStringLiteral("review-02-outcomes"));
    REQUIRE(window.workspace()->saveNow());
    CHECK(PlanStore(db.connection()).load(review.id)->outcomes ==
          QList<SubGoalOutcome>{
              {0, Outcome::Achieved, {}},
              {1, Outcome::Changed, QStringLiteral("Civic orientation moved to spring")}});

    // Undo takes back the note, then the choice, as the officer made them.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor->plan().outcomes.at(1).note.isEmpty());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor->plan().outcomes.at(1).outcome == Outcome::Unset);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor->plan().outcomes.at(1).outcome == Outcome::Changed);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor->plan().outcomes.at(1).note ==
          QStringLiteral("Civic orientation moved to spring"));
    REQUIRE(window.workspace()->saveNow());

    // The signed plan is as it was signed, and every action left one line with its actor.
    CHECK(*PlanStore(db.connection()).load(start.first.id) == start.first);
    CHECK(auditLines(db.connection(), AuditAction::Created) == 1);
    CHECK(auditLines(db.connection(), AuditAction::Viewed) == 2);
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query();
    for (const AuditEntry &line : lines) {
        CHECK(line.actor.officer ==
              test::officerInLog(db.connection(), QStringLiteral("Aino Officer")));
        CHECK(line.clientId == start.client.id);
    }
    QSettings().remove(QStringLiteral("officer/name"));
}

TEST_CASE("Compare with previous version shows the review beside the signed plan", "[review]")
{
    const FixedClock clock(QDate(2025, 10, 2));
    test::TempDatabase db;
    const SignedCase start = signedCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    REQUIRE(window.workspace()->openPlan(start.first.id));
    CHECK_FALSE(window.compareAction()->isEnabled());
    window.startReviewAction()->trigger();
    PlanEditor *editor = window.editor();
    REQUIRE(editor->storedPlan().kind == PlanKind::Review);
    CHECK(window.compareAction()->isEnabled());

    // What is typed, not yet saved, is compared too.
    auto *wish = editor->findChild<QPlainTextEdit *>(QStringLiteral("futureWishEdit"));
    wish->setFocus();
    QTest::keyClick(wish, Qt::Key_End, Qt::ControlModifier);
    test::typeText(wish, QStringLiteral(" Or a doctor."));
    QTest::mouseClick(editor->compareButton(), Qt::LeftButton);
    PlanComparisonDialog *dialog = window.workspace()->comparisonDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    PlanComparisonModel *model = dialog->model();
    QStringList changed;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PlanComparisonModel::ChangedRole).toBool())
            changed.append(model->index(row, 0).data(PlanComparisonModel::KeyRole).toString());
    }
    CHECK(changed.contains(QStringLiteral("futureWish")));
    CHECK(changed.contains(QStringLiteral("kind")));
    CHECK_FALSE(changed.contains(QStringLiteral("lifeSituation")));
    CHECK(dialog->summaryLabel()->text().contains(
        QStringLiteral("Fields changed: %1").arg(changed.size())));
    CHECK(model->headerData(PlanComparisonModel::Before, Qt::Horizontal).toString() ==
          QStringLiteral("Before (2.4.2025)"));
    // In the long text, the words added are marked, not the whole text.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PlanComparisonModel::KeyRole).toString() !=
            QStringLiteral("futureWish"))
            continue;
        const QModelIndex after = model->index(row, PlanComparisonModel::After);
        const QVariantList added = after.data(PlanComparisonModel::ChangedWordsRole).toList();
        REQUIRE(added.size() == 1);
        const QPoint span = added.first().toPoint();
        CHECK(after.data().toString().mid(span.x(), span.y()) == QStringLiteral("Or a doctor."));
        CHECK(model->index(row, PlanComparisonModel::Before)
                  .data(PlanComparisonModel::ChangedWordsRole)
                  .toList()
                  .isEmpty());
        CHECK_FALSE(after.data(Qt::FontRole).value<QFont>().bold());
    }
    test::saveScreenshot(*dialog, QStringLiteral("review-03-compare"));

    // Only the changed fields, at the officer's wish.
    QTest::keyClick(dialog->changedOnlyCheck(), Qt::Key_Space);
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += dialog->tableView()->isRowHidden(row) ? 0 : 1;
    CHECK(shown == changed.size());
    test::saveScreenshot(*dialog, QStringLiteral("review-04-compare-changed-only"));
    dialog->close();
}

TEST_CASE("The outcomes and the comparison read in Finnish and Swedish", "[review][i18n]")
{
    const FixedClock clock(QDate(2025, 10, 2));
    test::TempDatabase db;
    const SignedCase start = signedCase(db.connection());
    Plan review = *PlanStore(db.connection()).draftFor(start.client, QDate(2025, 10, 2));
    review.outcomes = {{0, Outcome::Partly, QStringLiteral("A2 in writing")},
                       {1, Outcome::Achieved, {}}};
    REQUIRE(PlanStore(db.connection()).save(review).ok());
    const struct
    {
        const char *language;
        const char *header;
        const char *partly;
        const char *button;
    } cases[] = {{"fi", "Toteutuminen", "Toteutui osittain", "Aloita tarkistaminen"},
                 {"sv", "Utfall", "Delvis uppnått", "Inled översyn"}};
    for (const auto &c : cases) {
        const QString language = QLatin1String(c.language);
        INFO(c.language);
        translations::installUiLanguage(language);
        QLocale::setDefault(QLocale(language));
        {
            MainWindow window(db.connection());
            REQUIRE(test::showActive(window));
            REQUIRE(window.workspace()->openPlan(review.id));
            auto *section = window.editor()->section<OutcomesSection>();
            QAbstractItemModel *model = section->tableView()->model();
            CHECK(model->headerData(SubGoalOutcomeModel::Result, Qt::Horizontal).toString() ==
                  QString::fromUtf8(c.header));
            CHECK(model->index(0, SubGoalOutcomeModel::Result).data().toString() ==
                  QString::fromUtf8(c.partly));
            CHECK(window.editor()->startReviewButton()->text().remove(QLatin1Char('&')) ==
                  QString::fromUtf8(c.button));
            window.editor()->focusOutcomes();
            QCoreApplication::processEvents();
            test::saveScreenshot(window, QStringLiteral("review-outcomes-") + language);
            REQUIRE(window.workspace()->compareWithPrevious());
            test::saveScreenshot(*window.workspace()->comparisonDialog(),
                                 QStringLiteral("review-compare-") + language);
            window.workspace()->comparisonDialog()->close();
        }
    }
    translations::installUiLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}
