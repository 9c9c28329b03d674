// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/RuleSet.h"

namespace kotoplan {

const QList<RuleSet> &RuleSet::all()
{
    // Ordered by the date the act came into force.
    static const QList<RuleSet> acts = {
        {QStringLiteral("1386/2010"), QDate(2011, 9, 1), 3, 12, 36, 12, 1},
        {QStringLiteral("681/2023"), QDate(2025, 1, 1), 3, 12, 24, 6, 1},
    };
    return acts;
}

const RuleSet &RuleSet::forDate(QDate date)
{
    const QList<RuleSet> &acts = all();
    const RuleSet *found = &acts.front();
    for (const RuleSet &act : acts) {
        if (date.isValid() && date >= act.inForceFrom)
            found = &act;
    }
    return *found;
}

} // namespace kotoplan
