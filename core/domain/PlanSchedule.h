// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace kotoplan {

// The dates the act sets for a client's plans, and what needs doing about them today. Only
// signed plans count: a draft is not yet in force. The results are warnings, never blocks.
class PlanSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PlanSchedule)

public:
    enum class Review
    {
        None,    // no signed plan yet
        NotDue,  // more than dueWindowDays to go
        Due,     // within dueWindowDays, up to and including the due date
        Overdue, // the due date has passed
    };
    static constexpr int dueWindowDays = 30;
    static constexpr int endWindowDays = 30;

    QDate firstPlanDate;  // the first signed plan's date
    QDate latestPlanDate; // the latest signed plan's date
    qint64 latestPlanId = 0;
    QDate nextReviewDue;   // latest signed plan + the act's review interval
    QDate firstPlanEnds;   // first plan + the act's longest first plan
    QDate plansEnd;        // first plan + the act's longest time for the plans together
    QDate currentPlanEnds; // the first plan's end while it is the only one, else plansEnd
    Review review = Review::None;
    bool endingSoon = false; // the current plan ends today or within endWindowDays
    QStringList warnings;    // in the UI language

    // From the dates alone, for lists that do not load whole plans.
    static PlanSchedule evaluate(QDate firstPlanDate, QDate latestPlanDate, bool latestIsFirst,
                                 QDate today);
    // From a client's plans in any order.
    static PlanSchedule evaluate(const QList<Plan> &plans, QDate today);
};

} // namespace kotoplan
