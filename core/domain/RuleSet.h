// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kotoplan {

// The limits an integration act sets, as data: a change of law is a new entry here, not new ifs.
struct RuleSet
{
    QString act;          // "681/2023"
    QDate inForceFrom;    // plans drawn up on or after this date fall under the act
    int eligibilityYears; // a plan may be drawn up while less than this has passed since the permit
    int firstPlanMaxMonths;   // how long the first plan may run
    int totalMaxMonths;       // how long the plans may run together, as a rule
    int reviewIntervalMonths; // the municipality reviews at least this often
    // The client is referred to the services agreed within this many months of the plan; the
    // follow-up lists a signed plan whose services have no start date by then.
    int servicesStartMonths;
    // Where that time limit comes from, as far as it was checked (see RuleSet.cpp).
    QString servicesStartBasis;

    // The act in force on the given date; the oldest known act for dates before all of them.
    static const RuleSet &forDate(QDate date);
    static const QList<RuleSet> &all();
};

} // namespace kotoplan
