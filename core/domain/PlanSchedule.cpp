// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/PlanSchedule.h"

#include "domain/DateText.h"
#include "domain/RuleSet.h"

namespace kotoplan {

PlanSchedule PlanSchedule::evaluate(QDate firstPlanDate, QDate latestPlanDate, bool latestIsFirst,
                                    QDate today)
{
    PlanSchedule schedule;
    if (!firstPlanDate.isValid() || !latestPlanDate.isValid() || !today.isValid())
        return schedule;
    schedule.firstPlanDate = firstPlanDate;
    schedule.latestPlanDate = latestPlanDate;

    // Each limit follows the act in force on the date of the plan it is counted from.
    const RuleSet &firstRules = RuleSet::forDate(firstPlanDate);
    const RuleSet &latestRules = RuleSet::forDate(latestPlanDate);
    schedule.firstPlanEnds = firstPlanDate.addMonths(firstRules.firstPlanMaxMonths);
    schedule.plansEnd = firstPlanDate.addMonths(firstRules.totalMaxMonths);
    schedule.currentPlanEnds = latestIsFirst ? schedule.firstPlanEnds : schedule.plansEnd;
    schedule.nextReviewDue = latestPlanDate.addMonths(latestRules.reviewIntervalMonths);

    const qint64 daysToReview = today.daysTo(schedule.nextReviewDue);
    if (daysToReview < 0)
        schedule.review = Review::Overdue;
    else if (daysToReview <= dueWindowDays)
        schedule.review = Review::Due;
    else
        schedule.review = Review::NotDue;
    const qint64 daysToEnd = today.daysTo(schedule.currentPlanEnds);
    schedule.endingSoon = daysToEnd >= 0 && daysToEnd <= endWindowDays;

    if (schedule.review == Review::Overdue) {
        schedule.warnings.append(
            tr("The review was due on %1 (act %2: at least every %3 months).")
                .arg(dateText::formatDate(schedule.nextReviewDue), latestRules.act)
                .arg(latestRules.reviewIntervalMonths));
    }
    if (today > schedule.plansEnd) {
        schedule.warnings.append(
            tr("The plans have run together for longer than the %1 months the act %2 sets as a "
               "rule (since %3).")
                .arg(firstRules.totalMaxMonths)
                .arg(firstRules.act, dateText::formatDate(schedule.plansEnd)));
    } else if (latestIsFirst && today > schedule.firstPlanEnds) {
        schedule.warnings.append(
            tr("The first plan runs at most %1 months under the act %2: it ended on %3.")
                .arg(firstRules.firstPlanMaxMonths)
                .arg(firstRules.act, dateText::formatDate(schedule.firstPlanEnds)));
    }
    return schedule;
}

PlanSchedule PlanSchedule::evaluate(const QList<Plan> &plans, QDate today)
{
    const Plan *first = nullptr;
    const Plan *latest = nullptr;
    int signedCount = 0;
    for (const Plan &plan : plans) {
        if (plan.status != PlanStatus::Signed || !plan.draftedOn.isValid())
            continue;
        ++signedCount;
        if (!first || plan.draftedOn < first->draftedOn)
            first = &plan;
        if (!latest || plan.draftedOn >= latest->draftedOn)
            latest = &plan;
    }
    if (!first)
        return {};
    PlanSchedule schedule = evaluate(first->draftedOn, latest->draftedOn, signedCount == 1, today);
    schedule.latestPlanId = latest->id;
    return schedule;
}

} // namespace kotoplan
