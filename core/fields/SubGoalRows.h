// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QList>

namespace kotoplan {

// The sub-goals of two versions of a plan matched row by row: a row whose sub-goal text stayed
// is the same row wherever it moved; rows between two such are paired in order; the rest were
// added or removed.
struct SubGoalRow
{
    enum class Change
    {
        Same,
        Changed,
        Added,
        Removed
    };
    int before = -1; // index in the earlier version, -1 when added
    int after = -1;  // index in the later version, -1 when removed
    Change change = Change::Same;
};

QList<SubGoalRow> matchSubGoals(const QList<SubGoal> &before, const QList<SubGoal> &after);

} // namespace kotoplan
