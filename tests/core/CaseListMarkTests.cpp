// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The case list marks an overdue review in red and a meeting today in bold", "[model]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    // Signed on 2.4.2025: under 681/2023 its review was due six months later.
    const Plan overdue = test::storeSignedCase(db.connection());
    Client today;
    today.name = QStringLiteral("Abdi Warsame");
    today.dateOfBirth = QDate(1999, 9, 9);
    REQUIRE(ClientStore(db.connection()).save(today).ok());
    Plan meeting = test::fullPlan(today.id);
    meeting.draftedOn = QDate(2026, 11, 1);
    meeting.nextMeeting = QDateTime(QDate(2026, 11, 23), QTime(14, 30));
    REQUIRE(PlanStore(db.connection()).save(meeting).ok());
    REQUIRE(PlanStore(db.connection())
                .sign(meeting.id, meeting.draftedOn, QStringLiteral("Liisa Virtanen"))
                .ok());

    CaseListModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int late = model.rowOfClient(overdue.clientId);
    const int soon = model.rowOfClient(today.id);
    REQUIRE(late >= 0);
    REQUIRE(soon >= 0);
    const QModelIndex lateStatus = model.index(late, CaseListModel::Status);
    CHECK(lateStatus.data().toString() == QStringLiteral("Signed, review overdue"));
    CHECK(lateStatus.data(Qt::ForegroundRole).value<QColor>() == QColor(0xb0, 0x1c, 0x1c));
    CHECK(lateStatus.data(Qt::FontRole).value<QFont>().bold());
    // A plan signed three weeks ago is not due; its meeting today is.
    const QModelIndex soonStatus = model.index(soon, CaseListModel::Status);
    CHECK(soonStatus.data().toString() == QStringLiteral("Signed"));
    CHECK_FALSE(soonStatus.data(Qt::ForegroundRole).isValid());
    const QModelIndex soonMeeting = model.index(soon, CaseListModel::NextMeeting);
    CHECK(soonMeeting.data().toString() == QStringLiteral("Today 14.30"));
    CHECK(soonMeeting.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(late, CaseListModel::NextMeeting).data(Qt::FontRole).isValid());
}
