// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "models/MeetingTableModel.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "views/MeetingRecordView.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The editor shows the case's meetings, and the last one is marked with one click",
          "[widgets][meeting]")
{
    FixedClock clock(QDateTime(QDate(2025, 10, 2), QTime(11, 0)));
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    Meeting earlier;
    earlier.clientId = plan.clientId;
    earlier.kind = MeetingKind::Plan;
    earlier.startsAt = QDateTime(plan.draftedOn, QTime(9, 0));
    earlier.attendance = Attendance::Came;
    earlier.interpreterBooked = true;
    earlier.interpreterLanguage = QStringLiteral("vi");
    REQUIRE(MeetingStore(db.connection()).save(earlier).ok());

    PlanEditor editor;
    editor.setServiceCatalogue(db.connection());
    editor.load(*ClientStore(db.connection()).load(plan.clientId), plan, {}, {});
    MeetingRecordView *record = editor.meetingRecord();
    REQUIRE(record);
    QAbstractItemModelTester tester(record->model());
    REQUIRE(record->model()->rowCount() == 2);
    CHECK(record->model()->index(0, MeetingTableModel::Came).data().toString() ==
          QStringLiteral("Came"));
    CHECK(record->model()->index(1, MeetingTableModel::When).data().toString() ==
          QStringLiteral("2.10.2025 9.30"));
    CHECK(record->model()->index(1, MeetingTableModel::Interpreter).data().toString() ==
          QStringLiteral("Vietnamese (vi), by phone"));
    CHECK(record->model()->index(1, MeetingTableModel::Came).data().toString() ==
          QStringLiteral("Planned"));

    // The meeting of 9.30 has begun: it is the one the buttons mark.
    CHECK(record->targetRow() == 1);
    CHECK(record->noShowButton()->isEnabled());
    editor.resize(1000, 700);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    test::saveScreenshot(*record, QStringLiteral("meeting-record"));
    QSignalSpy marked(record, &MeetingRecordView::marked);
    QTest::mouseClick(record->noShowButton(), Qt::LeftButton);
    REQUIRE(marked.count() == 1);
    const QList<Meeting> stored = MeetingStore(db.connection()).meetingsOf(plan.clientId);
    CHECK(stored.at(1).attendance == Attendance::NoShow);
    CHECK(record->model()->index(1, MeetingTableModel::Came).data().toString() ==
          QStringLiteral("Did not come"));
    // Nothing more to mark until a row is chosen.
    CHECK(record->targetRow() == -1);
    CHECK_FALSE(record->cameButton()->isEnabled());
}
