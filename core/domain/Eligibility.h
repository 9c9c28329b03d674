// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>

namespace kotoplan {

// Field 14 of the form, computed from field 13 and the plan's date, never typed.
struct Eligibility
{
    bool known = false;    // false while the permit date is missing
    QDate deadline;        // first permit date + the act's eligibility years
    bool eligible = false; // less than that time has passed on the date asked about
    qint64 daysLeft = 0;   // days from the date asked about to the deadline; 0 or less when past

    static Eligibility evaluate(QDate firstPermitDate, QDate onDate);
};

} // namespace kotoplan
