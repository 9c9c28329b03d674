// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The officer's meeting from start to finish in the real main window, driven by keys as an
// officer drives it, in each UI language, with a screenshot of each step.
#include "EditorTestSupport.h"
#include "PdfTools.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ExchangeActions.h"
#include "actions/PrintActions.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PlanComparisonDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "i18n/Translations.h"
#include "models/SubGoalOutcomeModel.h"
#include "print/PrintLanguage.h"
#include "sections/ClientSection.h"
#include "sections/OutcomesSection.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "views/NoPlanView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"
#include "window/MeetingMode.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kotoplan;
using test::input;
using test::retype;

namespace {

// A screenshot of the step; with KOTOPLAN_UPDATE_GUIDE set, the user guide's pictures too.
void shot(QWidget &widget, const QString &language, const QString &step,
          const QString &guideName = {})
{
    test::saveScreenshot(widget, QStringLiteral("journey-%1-%2").arg(language, step));
    if (guideName.isEmpty() || qEnvironmentVariableIsEmpty("KOTOPLAN_UPDATE_GUIDE"))
        return;
    const QString path = QStringLiteral(KOTOPLAN_SOURCE_DIR "/resources/guide/guide-%1-%2.png")
                             .arg(language, guideName);
    widget.grab().scaledToWidth(900, Qt::SmoothTransformation).save(path);
}

// What the officer reads, in the UI language installed now.
QString ui(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Answers the modal dialog that the next key opens: `answer` runs on it once it shows.
void whenModalShows(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

// After a modal dialog the window has the keyboard again, as it has on a desktop.
void backToWindow(QWidget &window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void chooseOutcome(QTableView *view, int row, int downPresses)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, SubGoalOutcomeModel::Result));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(combo);
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
}

void fillEveryField(PlanEditor *editor, qint64 clientId)
{
    retype(input<QLineEdit>(editor, "motherTonguesEdit"), QStringLiteral("vi, zh"));
    retype(input<QLineEdit>(editor, "citizenshipsEdit"), QStringLiteral("VN"));
    retype(input<QLineEdit>(editor, "contactLanguageEdit"), QStringLiteral("en"));
    retype(input<QLineEdit>(editor, "addressEdit"), QStringLiteral("Esimerkkikatu 5 B 12"));
    retype(input<QLineEdit>(editor, "postalCodeEdit"), QStringLiteral("65100"));
    retype(input<QLineEdit>(editor, "postOfficeEdit"), QStringLiteral("VAASA"));
    retype(input<QLineEdit>(editor, "phoneEdit"), QStringLiteral("+358401234567"));
    retype(input<QLineEdit>(editor, "emailEdit"), QStringLiteral("huong@example.fi"));
    retype(input<QLineEdit>(editor, "arrivedInFinlandEdit"), QStringLiteral("3/2025"));
    retype(input<QLineEdit>(editor, "firstPermitDateEdit"), QStringLiteral("14.2.2025"));
    const Plan full = test::fullPlan(clientId);
    for (const Participant &row : full.participants)
        test::addTableRow(input<QWidget>(editor, "participantsEditor"),
                          {row.name, row.organisation});
    QTest::keyClick(input<QRadioButton>(editor, "interpreterYesRadio"), Qt::Key_Space);
    retype(input<QLineEdit>(editor, "interpreterLanguageEdit"), QStringLiteral("vi"));
    QTest::keyClick(input<QRadioButton>(editor, "modePhoneRadio"), Qt::Key_Space);
    retype(input<QLineEdit>(editor, "draftedOnEdit"), QStringLiteral("2.4.2025"));
    retype(input<QPlainTextEdit>(editor, "lifeSituationEdit"), full.lifeSituation);
    retype(input<QPlainTextEdit>(editor, "futureWishEdit"), full.futureWish);
    QTest::keyClick(input<QRadioButton>(editor, "workRadio"), Qt::Key_Space);
    retype(input<QPlainTextEdit>(editor, "mainGoalDetailsEdit"), full.mainGoalDetails);
    retype(input<QLineEdit>(editor, "occupationPrimaryEdit"), full.occupationPrimary);
    retype(input<QLineEdit>(editor, "occupationAlternativesEdit"), full.occupationAlternatives);
    retype(input<QPlainTextEdit>(editor, "languageStudyPlanEdit"), full.languageStudyPlan);
    retype(input<QPlainTextEdit>(editor, "otherStudyPlanEdit"), full.otherStudyPlan);
    retype(input<QPlainTextEdit>(editor, "longTermMeasuresEdit"), full.longTermMeasures);
    for (const SubGoal &row : full.subGoals)
        test::addTableRow(input<QWidget>(editor, "subGoalsEditor"),
                          {row.goal, row.measure, row.responsible, row.schedule});
    QTest::keyClick(input<QCheckBox>(editor, "rightsDiscussedCheck"), Qt::Key_Space);
    QTest::keyClick(input<QCheckBox>(editor, "clientUnderstoodCheck"), Qt::Key_Space);
    retype(input<QPlainTextEdit>(editor, "clientCommitmentsEdit"), full.clientCommitments);
    retype(input<QPlainTextEdit>(editor, "municipalityCommitmentsEdit"),
           full.municipalityCommitments);
    retype(input<QLineEdit>(editor, "nextMeetingDateEdit"), QStringLiteral("2.10.2025"));
    retype(input<QLineEdit>(editor, "nextMeetingTimeEdit"), QStringLiteral("9.30"));
    retype(input<QLineEdit>(editor, "nextMeetingPlaceEdit"), full.nextMeetingPlace);
}

} // namespace

TEST_CASE("The officer's journey: new client, plan, meeting, PDF, signing, export, review",
          "[journey]")
{
    const QString language =
        GENERATE(QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv"));
    translations::switchUiLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    PrintLanguage::rememberCode(language);
    QSettings().setValue(QStringLiteral("officer/name"), QStringLiteral("Aino Officer"));
    QSettings().setValue(QStringLiteral("officer/organisation"), QStringLiteral("Vaasan kaupunki"));
    QSettings().setValue(QStringLiteral("municipality/name"), QStringLiteral("Vaasa"));
    QTemporaryDir out;
    std::optional<FixedClock> clock(std::in_place, QDate(2025, 4, 2));
    test::TempDatabase db;
    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    INFO("UI language " << language.toStdString());

    // 1. A new client, by keys in the dialog that Ctrl+N opens.
    whenModalShows([](QWidget *modal) {
        auto *dialog = qobject_cast<ClientDialog *>(modal);
        REQUIRE(dialog);
        test::typeText(dialog->section()->fieldEdit(QStringLiteral("client.name")),
                       test::fullClient().name);
        test::typeText(dialog->section()->fieldEdit(QStringLiteral("client.dateOfBirth")),
                       QStringLiteral("29.2.1988"));
        QTest::keyClick(dialog->section()->fieldEdit(QStringLiteral("client.dateOfBirth")),
                        Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(ClientStore(db.connection()).count() == 1);
    backToWindow(window);
    shot(window, language, QStringLiteral("01-client-in-list"), QStringLiteral("list"));

    // 2. Enter opens the client: no plan is made until the officer chooses one.
    QTableView *table = window.caseList()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(window.workspace()->currentWidget() == window.workspace()->noPlanView());
    CHECK(window.workspace()->noPlanView()->text() == ui("NoPlanView", "No plan yet."));
    CHECK(PlanStore(db.connection()).count() == 0);
    shot(window, language, QStringLiteral("02-no-plan-yet"));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    INFO("status bar: " << window.statusBar()->currentMessage().toStdString());
    REQUIRE(window.workspace()->isEditing());
    REQUIRE(PlanStore(db.connection()).count() == 1);

    // 3. Every field of the form.
    PlanEditor *editor = window.editor();
    const qint64 clientId = window.workspace()->currentClientId();
    const qint64 planId = window.workspace()->currentPlanId();
    fillEveryField(editor, clientId);
    REQUIRE(window.workspace()->saveNow());
    Plan expected = test::fullPlan(clientId);
    const Plan stored = test::readPlan(db.location(), planId);
    expected.id = stored.id;
    expected.rowVersion = stored.rowVersion;
    CHECK(stored == expected);
    shot(window, language, QStringLiteral("03-every-field"), QStringLiteral("editor"));

    // 4. Meeting mode on and off, one key each way.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK(window.meetingMode()->isOn());
    CHECK_FALSE(window.caseList()->isVisible());
    CHECK(window.windowTitle() == ui("kotoplan::MainWindow", "Kotoplan – meeting"));
    shot(window, language, QStringLiteral("04-meeting-mode"));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(window.meetingMode()->isOn());

    // 5. Save as PDF: the file dialog (answered through the program's dialog seam) is offered
    // the plan's own file name, and the officer's choice is written.
    const QString pdf = QDir(out.path()).filePath(QStringLiteral("plan.pdf"));
    FileDialogs::setNextAnswer(pdf);
    window.printActions()->savePdfAction()->trigger();
    CHECK(FileDialogs::lastSuggestion().endsWith(QStringLiteral(".pdf")));
    REQUIRE(QFileInfo::exists(pdf));
    backToWindow(window);
    const PrintLanguage print(language);
    const QString draftText = test::pdfText(pdf);
    CHECK(draftText.contains(print.text("PlanDocument", "DRAFT — not signed")));
    CHECK(draftText.contains(QStringLiteral("Vaasa")));
    test::savePagePictures(pdf, QStringLiteral("journey-%1-draft").arg(language));

    // 6. Sign, after the one question.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(test::readPlan(db.location(), planId).status == PlanStatus::Signed);
    CHECK(editor->isReadOnly());
    CHECK(editor->signedText() ==
          ui("kotoplan::PlanEditor", "Signed %1 by %2")
              .arg(QStringLiteral("2.4.2025"), QStringLiteral("Aino Officer")));
    backToWindow(window);
    shot(window, language, QStringLiteral("05-signed"), QStringLiteral("signed"));
    REQUIRE(window.printActions()->savePdfTo(pdf));
    const QString signedText = test::pdfText(pdf);
    CHECK(
        signedText.contains(print.text("PlanDocument", "Signed on %1 by %2")
                                .arg(QStringLiteral("2.4.2025"), QStringLiteral("Aino Officer"))));
    CHECK_FALSE(signedText.contains(print.text("PlanDocument", "DRAFT — not signed")));

    // 7. Export for the employment authority.
    auto *exchange = window.findChild<ExchangeActions *>();
    REQUIRE(exchange);
    REQUIRE(exchange->exportTo(out.path(), QStringLiteral("Pohjanmaan TE-toimisto"), false));
    QSqlQuery handedOver(db.connection());
    REQUIRE(handedOver.exec(
        QStringLiteral("SELECT COUNT(*) FROM plan_exchange WHERE plan_id = %1").arg(planId)));
    REQUIRE(handedOver.next());
    CHECK(handedOver.value(0).toInt() == 1);

    // 8. Half a year later: a review, its outcomes, the comparison, and its signing.
    clock.emplace(QDate(2025, 10, 2));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 reviewId = window.workspace()->currentPlanId();
    REQUIRE(reviewId != planId);
    REQUIRE_FALSE(editor->isReadOnly());
    QTableView *outcomes = editor->section<OutcomesSection>()->tableView();
    REQUIRE(outcomes->model()->rowCount() == 2);
    chooseOutcome(outcomes, 0, 1);
    chooseOutcome(outcomes, 1, 2);
    QTest::keyClick(input<QCheckBox>(editor, "rightsDiscussedCheck"), Qt::Key_Space);
    QTest::keyClick(input<QCheckBox>(editor, "clientUnderstoodCheck"), Qt::Key_Space);
    REQUIRE(window.workspace()->saveNow());
    shot(window, language, QStringLiteral("06-review-outcomes"));
    editor->compareButton()->setFocus();
    QTest::keyClick(editor->compareButton(), Qt::Key_Space);
    PlanComparisonDialog *comparison = window.workspace()->comparisonDialog();
    REQUIRE(comparison);
    CHECK(comparison->isVisible());
    shot(*comparison, language, QStringLiteral("07-compare"));
    comparison->close();
    backToWindow(window);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    const Plan review = test::readPlan(db.location(), reviewId);
    CHECK(review.status == PlanStatus::Signed);
    CHECK(review.kind == PlanKind::Review);
    CHECK(review.outcomes.size() == 2);
    CHECK(editor->signedText() ==
          ui("kotoplan::PlanEditor", "Signed %1 by %2")
              .arg(QStringLiteral("2.10.2025"), QStringLiteral("Aino Officer")));
    shot(window, language, QStringLiteral("08-review-signed"));

    translations::switchUiLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QLocale::setDefault(QLocale::c());
}
