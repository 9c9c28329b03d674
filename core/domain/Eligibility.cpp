// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Eligibility.h"

#include "domain/RuleSet.h"

namespace kotoplan {

Eligibility Eligibility::evaluate(QDate firstPermitDate, QDate onDate)
{
    Eligibility result;
    if (!firstPermitDate.isValid() || !onDate.isValid())
        return result;
    result.known = true;
    // A permit of 29 February reaches three years on 28 February: QDate::addYears keeps the month.
    result.deadline = firstPermitDate.addYears(RuleSet::forDate(onDate).eligibilityYears);
    result.daysLeft = onDate.daysTo(result.deadline);
    result.eligible = result.daysLeft > 0;
    return result;
}

} // namespace kotoplan
