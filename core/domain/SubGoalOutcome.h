// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kotoplan {

struct Problem;

// How a sub-goal of the previous plan went, as assessed in a review.
enum class Outcome
{
    Unset, // not assessed yet
    Achieved,
    Partly,
    NotAchieved,
    Changed, // the sub-goal was changed: the note says how
};

// One row of a review's assessment: the sub-goal at `position` in the previous plan.
struct SubGoalOutcome
{
    int position = 0;
    Outcome outcome = Outcome::Unset;
    QString note;
    bool operator==(const SubGoalOutcome &) const = default;
};

namespace outcome {

QList<Outcome> all();         // without Unset, in the order the editor offers them
QString key(Outcome outcome); // "achieved", "partly", "not_achieved", "changed"; empty for Unset
Outcome fromKey(const QString &key);
QString label(Outcome outcome); // in the UI language

// The problems of a review's outcomes against the previous plan's number of sub-goals. A signed
// review must have assessed every sub-goal.
QList<Problem> check(const QList<SubGoalOutcome> &outcomes, qsizetype previousSubGoals,
                     bool isReview, bool forSigning);

} // namespace outcome
} // namespace kotoplan
