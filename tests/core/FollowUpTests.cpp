// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/PlanSchedule.h"
#include "models/FollowUpModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QColor>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

Plan signedPlan(QDate date, qint64 id = 0)
{
    Plan plan;
    plan.id = id;
    plan.draftedOn = date;
    plan.status = PlanStatus::Signed;
    plan.signedOn = date;
    return plan;
}

} // namespace

TEST_CASE("Under 681/2023 a review is due six months after the latest plan, not a day later",
          "[schedule]")
{
    const QList<Plan> plans = {signedPlan(QDate(2025, 3, 10), 1)};
    const auto at = [&plans](QDate today) {
        return PlanSchedule::evaluate(plans, today);
    };
    CHECK(at(QDate(2025, 9, 10)).nextReviewDue == QDate(2025, 9, 10));
    CHECK(at(QDate(2025, 8, 10)).review == PlanSchedule::Review::NotDue);
    CHECK(at(QDate(2025, 8, 11)).review == PlanSchedule::Review::Due);
    CHECK(at(QDate(2025, 9, 10)).review == PlanSchedule::Review::Due);
    CHECK(at(QDate(2025, 9, 10)).warnings.isEmpty());
    CHECK(at(QDate(2025, 9, 11)).review == PlanSchedule::Review::Overdue);
    CHECK(at(QDate(2025, 9, 11)).warnings ==
          QStringList{QStringLiteral(
              "The review was due on 10.9.2025 (act 681/2023: at least every 6 months).")});

    const PlanSchedule schedule = at(QDate(2025, 9, 1));
    CHECK(schedule.latestPlanId == 1);
    CHECK(schedule.firstPlanEnds == QDate(2026, 3, 10));
    CHECK(schedule.currentPlanEnds == QDate(2026, 3, 10));
    CHECK(schedule.plansEnd == QDate(2027, 3, 10));
    CHECK_FALSE(schedule.endingSoon);
    CHECK_FALSE(at(QDate(2026, 2, 7)).endingSoon); // 31 days to go
    CHECK(at(QDate(2026, 2, 8)).endingSoon);
    CHECK(at(QDate(2026, 3, 10)).endingSoon);
    CHECK_FALSE(at(QDate(2026, 3, 11)).endingSoon);
    CHECK(at(QDate(2026, 3, 11))
              .warnings.contains(QStringLiteral("The first plan runs at most 12 months under the "
                                                "act 681/2023: it ended on 10.3.2026.")));
}

TEST_CASE("Under 1386/2010 reviews are yearly and the plans run three years", "[schedule]")
{
    const QList<Plan> plans = {signedPlan(QDate(2023, 6, 1)), signedPlan(QDate(2024, 5, 15))};
    const PlanSchedule schedule = PlanSchedule::evaluate(plans, QDate(2025, 5, 15));
    CHECK(schedule.firstPlanDate == QDate(2023, 6, 1));
    CHECK(schedule.nextReviewDue == QDate(2025, 5, 15));
    CHECK(schedule.review == PlanSchedule::Review::Due);
    CHECK(schedule.plansEnd == QDate(2026, 6, 1));
    CHECK(schedule.currentPlanEnds == QDate(2026, 6, 1));
    CHECK(PlanSchedule::evaluate(plans, QDate(2026, 6, 1)).warnings.size() == 1); // overdue
    CHECK(PlanSchedule::evaluate(plans, QDate(2026, 6, 2))
              .warnings.contains(QStringLiteral(
                  "The plans have run together for longer than the 36 months the act 1386/2010 "
                  "sets as a rule (since 1.6.2026).")));

    SECTION("a review under the new act is due within six months")
    {
        const QList<Plan> mixed = {signedPlan(QDate(2024, 6, 1)), signedPlan(QDate(2025, 2, 1))};
        const PlanSchedule next = PlanSchedule::evaluate(mixed, QDate(2025, 3, 1));
        CHECK(next.nextReviewDue == QDate(2025, 8, 1));
        CHECK(next.plansEnd == QDate(2027, 6, 1));
    }
}

TEST_CASE("Drafts are not in force: without a signed plan nothing is due", "[schedule]")
{
    Plan draft = signedPlan(QDate(2025, 1, 10));
    draft.status = PlanStatus::Draft;
    const PlanSchedule schedule = PlanSchedule::evaluate({draft}, QDate(2026, 1, 1));
    CHECK(schedule.review == PlanSchedule::Review::None);
    CHECK_FALSE(schedule.nextReviewDue.isValid());
    CHECK(schedule.warnings.isEmpty());
}

TEST_CASE("The follow-up list shows what is due, at the boundaries, soonest first", "[followup]")
{
    const QDate today(2026, 11, 23);
    const FixedClock clock(today);
    test::TempDatabase db;
    ClientStore clients(db.connection());
    PlanStore plans(db.connection());

    QHash<QString, qint64> ids;
    const auto addClient = [&](const QString &name, QDate permit) {
        Client client = test::fullClient();
        client.name = name;
        client.arrivedInFinland = {};
        client.firstPermitDate = permit;
        REQUIRE(clients.save(client).ok());
        ids.insert(name, client.id);
        return client.id;
    };
    const auto addPlan = [&](qint64 clientId, QDate date, const QDateTime &meeting, bool sign) {
        Plan plan = test::fullPlan(clientId);
        plan.draftedOn = date;
        plan.nextMeeting = meeting;
        REQUIRE(plans.save(plan).ok());
        if (sign)
            REQUIRE(plans.sign(plan.id, date, QStringLiteral("Liisa")).ok());
        return plan.id;
    };
    // Exactly six months ago: the review is due today; the meeting is in exactly 14 days.
    const qint64 planA =
        addPlan(addClient(QStringLiteral("A"), QDate(2025, 2, 1)), QDate(2026, 5, 23),
                QDateTime(QDate(2026, 12, 7), QTime(9, 0)), true);
    // Six months and a day ago: overdue; the meeting in 15 days is not listed yet.
    addPlan(addClient(QStringLiteral("B"), QDate(2025, 2, 1)), QDate(2026, 5, 22),
            QDateTime(QDate(2026, 12, 8), QTime(9, 0)), true);
    // A first plan that reaches its twelve months in 17 days, its review long overdue.
    addPlan(addClient(QStringLiteral("C"), QDate(2025, 2, 1)), QDate(2025, 12, 10), QDateTime(),
            true);
    // Without a plan: the window closes today (exactly three years: not listed), tomorrow,
    // in 90 days and in 91 days (not listed).
    addClient(QStringLiteral("D"), QDate(2023, 11, 23));
    addClient(QStringLiteral("E"), QDate(2023, 11, 24));
    addClient(QStringLiteral("F"), QDate(2024, 2, 21));
    addClient(QStringLiteral("G"), QDate(2024, 2, 22));
    // A draft's meeting today counts; a draft has no review due.
    const qint64 planH = addPlan(addClient(QStringLiteral("H"), QDate(2025, 2, 1)),
                                 QDate(2026, 11, 1), QDateTime(today, QTime(10, 0)), false);

    FollowUpModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.append(
            model.index(row, FollowUpModel::Name).data().toString() + QLatin1Char(' ') +
            model.index(row, FollowUpModel::What).data().toString() + QLatin1Char(' ') +
            model.index(row, 0).data(FollowUpModel::DateRole).toDate().toString(Qt::ISODate) +
            QLatin1Char(' ') + model.index(row, FollowUpModel::DaysLeft).data().toString());
    }
    CHECK(rows == QStringList{
                      QStringLiteral("C Review overdue 2026-06-10 166 days overdue"),
                      QStringLiteral("B Review overdue 2026-11-22 1 day overdue"),
                      QStringLiteral("A Review due 2026-11-23 Today"),
                      QStringLiteral("H Meeting 2026-11-23 Today"),
                      QStringLiteral("E 3-year window closes, no plan 2026-11-24 1 day"),
                      QStringLiteral("A Meeting 2026-12-07 14 days"),
                      QStringLiteral("C Plan period ends 2026-12-10 17 days"),
                      QStringLiteral("F 3-year window closes, no plan 2027-02-21 90 days"),
                  });
    // Overdue is red; what is still to come is not.
    CHECK(model.index(0, FollowUpModel::DaysLeft).data(Qt::ForegroundRole).value<QColor>() ==
          QColor(0xb0, 0x1c, 0x1c));
    CHECK_FALSE(model.index(2, FollowUpModel::DaysLeft).data(Qt::ForegroundRole).isValid());
    // Each row opens its case.
    CHECK(model.index(2, 0).data(FollowUpModel::ClientIdRole).toLongLong() ==
          ids.value(QStringLiteral("A")));
    CHECK(model.index(2, 0).data(FollowUpModel::PlanIdRole).toLongLong() == planA);
    CHECK(model.index(3, 0).data(FollowUpModel::PlanIdRole).toLongLong() == planH);
    CHECK(model.index(4, 0).data(FollowUpModel::ClientIdRole).toLongLong() ==
          ids.value(QStringLiteral("E")));
    CHECK(model.index(4, 0).data(FollowUpModel::PlanIdRole).toLongLong() == 0);
}
