// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "dialogs/MeetingDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "models/MeetingTableModel.h"
#include "statistics/Statistics.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "views/MeetingRecordView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace kotoplan;

namespace {

void key(MeetingDialog &dialog, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &dialog, key, modifiers);
}

void type(const QString &text)
{
    test::typeText(QApplication::focusWidget(), text);
}

} // namespace

TEST_CASE("A held interpreted meeting is added and edited in the meeting dialog with keys, and "
          "the claims statistics count it",
          "[widgets][meeting]")
{
    FixedClock clock(QDateTime(QDate(2025, 10, 2), QTime(11, 0)));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    PlanEditor editor;
    editor.setServiceCatalogue(db.connection());
    editor.load(*ClientStore(db.connection()).load(plan.clientId), plan, {}, {});
    MeetingRecordView *record = editor.meetingRecord();
    REQUIRE(record);
    REQUIRE(test::showActive(editor));
    const int before = record->model()->rowCount();
    REQUIRE(record->addButton()->isEnabled());

    QString refused;
    QString shot;
    test::whenDialogOpens<MeetingDialog>([&](MeetingDialog &dialog) {
        CHECK(dialog.windowTitle() == QStringLiteral("Add meeting"));
        // Date, time, what for, place, officer, interpreter, language, mode, agency, minutes,
        // attendance: Tab from field to field.
        type(QStringLiteral("9.10.2025"));
        key(dialog, Qt::Key_Tab);
        type(QStringLiteral("10.15"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_Up); // "Review of the plan"
        key(dialog, Qt::Key_Tab);
        type(QStringLiteral("Service point, room 2"));
        key(dialog, Qt::Key_Tab);
        type(QStringLiteral("Officer Olli"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_Space); // interpreter booked
        key(dialog, Qt::Key_Tab);
        type(QStringLiteral("ar"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_Down); // on site
        key(dialog, Qt::Key_Down); // by phone
        key(dialog, Qt::Key_Tab);
        type(QStringLiteral("Tulkkaus Oy"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("90"));
        key(dialog, Qt::Key_Tab);
        key(dialog, Qt::Key_Down); // came
        key(dialog, Qt::Key_Return);
        // 9.10. has not come yet on 2.10.: the dialog says so and stays open.
        refused = dialog.problemsText();
        CHECK(dialog.isVisible());
        shot = test::saveScreenshot(dialog, QStringLiteral("meeting-dialog-refused"));
        key(dialog, Qt::Key_D, Qt::AltModifier);
        key(dialog, Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("1.10.2025"));
        key(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(record->addButton(), Qt::LeftButton);
    CHECK(refused.contains(QStringLiteral("cannot be marked held or missed")));
    REQUIRE(record->model()->rowCount() == before + 1);

    QList<Meeting> stored = MeetingStore(db.connection()).meetingsOf(plan.clientId);
    const auto added = std::find_if(stored.cbegin(), stored.cend(), [](const Meeting &meeting) {
        return meeting.agency == QStringLiteral("Tulkkaus Oy");
    });
    REQUIRE(added != stored.cend());
    CHECK(added->startsAt == QDateTime(QDate(2025, 10, 1), QTime(10, 15)));
    CHECK(added->kind == MeetingKind::Review);
    CHECK(added->place == QStringLiteral("Service point, room 2"));
    CHECK(added->officer == QStringLiteral("Officer Olli"));
    CHECK(added->interpreterBooked);
    CHECK(added->interpreterLanguage == QStringLiteral("ar"));
    CHECK(added->interpretingMode == InterpretingMode::Phone);
    CHECK(added->durationMinutes == 90);
    CHECK(added->attendance == Attendance::Came);
    const qint64 id = added->id;

    // Enter on its row opens it; its minutes change to 45.
    QTableView *table = record->tableView();
    int row = -1;
    for (int i = 0; i < record->model()->rowCount(); ++i) {
        if (record->model()->meetingAt(i).id == id)
            row = i;
    }
    REQUIRE(row >= 0);
    table->setFocus();
    table->setCurrentIndex(record->model()->index(row, 0));
    QString title;
    test::whenDialogOpens<MeetingDialog>([&](MeetingDialog &dialog) {
        title = dialog.windowTitle();
        key(dialog, Qt::Key_N, Qt::AltModifier); // Length in mi&nutes
        key(dialog, Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("45"));
        test::saveScreenshot(dialog, QStringLiteral("meeting-dialog-edit"));
        key(dialog, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(title == QStringLiteral("Edit meeting"));
    const std::optional<Meeting> edited = MeetingStore(db.connection()).load(id);
    REQUIRE(edited);
    CHECK(edited->durationMinutes == 45);
    CHECK(edited->agency == QStringLiteral("Tulkkaus Oy"));
    CHECK(record->model()->index(row, MeetingTableModel::Minutes).data().toInt() == 45);
    CHECK(record->model()->index(row, MeetingTableModel::Interpreter).data().toString() ==
          QStringLiteral("Arabic (ar), by phone, Tulkkaus Oy"));

    const StatisticsReport report =
        Statistics(db.connection()).compute(2025, 2025, QDate(2025, 10, 2), QStringLiteral("en"));
    const StatisticsTable *months = report.table(QStringLiteral("meetings-per-month"));
    const StatisticsTable *languages = report.table(QStringLiteral("interpreted-meetings"));
    REQUIRE(months);
    REQUIRE(languages);
    CHECK(months->value(QStringLiteral("2025-10"), QStringLiteral("held")) == 1);
    CHECK(months->value(QStringLiteral("2025-10"), QStringLiteral("interpreted")) == 1);
    CHECK(months->value(QStringLiteral("2025-10"), QStringLiteral("interpreting-hours")) == 45);
    CHECK(languages->value(QStringLiteral("ar/phone"), QStringLiteral("interpreting-hours")) == 45);
}

TEST_CASE("The meeting dialog refuses a meeting without a date or a booked interpreter's "
          "language, and stores nothing",
          "[widgets][meeting]")
{
    FixedClock clock(QDateTime(QDate(2025, 10, 2), QTime(11, 0)));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    const QList<Meeting> before = MeetingStore(db.connection()).meetingsOf(plan.clientId);
    Meeting meeting;
    meeting.clientId = plan.clientId;
    MeetingDialog dialog(db.connection(), meeting);
    REQUIRE(test::showActive(dialog));
    auto *interpreter = dialog.findChild<QWidget *>(QStringLiteral("interpreterCheck"));
    REQUIRE(interpreter);
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTest::keyClick(interpreter, Qt::Key_Space);
    QTest::keyClick(interpreter, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.problemsText().contains(
        QStringLiteral("Type the meeting's date as day.month.year, for example 2.10.2025.")));
    CHECK(dialog.problemsText().contains(
        QStringLiteral("Enter the language the interpreter was booked for.")));
    // The first field in error has the focus.
    CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("dateEdit")));
    CHECK(MeetingStore(db.connection()).meetingsOf(plan.clientId) == before);
}
