// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/SubGoalOutcome.h"

#include "domain/Validation.h"

#include <QSet>

namespace kotoplan::outcome {

namespace {
constexpr int maxNoteLength = 4000;
} // namespace

QList<Outcome> all()
{
    return {Outcome::Achieved, Outcome::Partly, Outcome::NotAchieved, Outcome::Changed};
}

QString key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Achieved:
        return QStringLiteral("achieved");
    case Outcome::Partly:
        return QStringLiteral("partly");
    case Outcome::NotAchieved:
        return QStringLiteral("not_achieved");
    case Outcome::Changed:
        return QStringLiteral("changed");
    case Outcome::Unset:
        break;
    }
    return QStringLiteral("");
}

Outcome fromKey(const QString &text)
{
    for (const Outcome value : all()) {
        if (key(value) == text)
            return value;
    }
    return Outcome::Unset;
}

QString label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Achieved:
        return QCoreApplication::translate("SubGoalOutcome", "Achieved");
    case Outcome::Partly:
        return QCoreApplication::translate("SubGoalOutcome", "Partly achieved");
    case Outcome::NotAchieved:
        return QCoreApplication::translate("SubGoalOutcome", "Not achieved");
    case Outcome::Changed:
        return QCoreApplication::translate("SubGoalOutcome", "Changed");
    case Outcome::Unset:
        break;
    }
    return QCoreApplication::translate("SubGoalOutcome", "Not assessed");
}

QList<Problem> check(const QList<SubGoalOutcome> &outcomes, qsizetype previousSubGoals,
                     bool isReview, bool forSigning)
{
    QList<Problem> problems;
    const QString field = QStringLiteral("subGoalOutcomes");
    if (!isReview) {
        if (!outcomes.isEmpty())
            problems.append(
                {field, QCoreApplication::translate("SubGoalOutcome",
                                                    "Only a review assesses the sub-goals of the "
                                                    "previous plan.")});
        return problems;
    }
    QSet<int> seen;
    for (const SubGoalOutcome &row : outcomes) {
        if (row.position < 0 || row.position >= previousSubGoals) {
            problems.append({field, QCoreApplication::translate(
                                        "SubGoalOutcome",
                                        "An outcome refers to sub-goal %1, which the previous plan "
                                        "does not have.")
                                        .arg(row.position + 1)});
        } else if (seen.contains(row.position)) {
            problems.append({field, QCoreApplication::translate(
                                        "SubGoalOutcome", "Sub-goal %1 has more than one outcome.")
                                        .arg(row.position + 1)});
        }
        seen.insert(row.position);
        if (row.outcome == Outcome::Changed && row.note.trimmed().isEmpty())
            problems.append(
                {field, QCoreApplication::translate("SubGoalOutcome",
                                                    "Say in the note how sub-goal %1 was changed.")
                            .arg(row.position + 1)});
        if (row.note.size() > maxNoteLength)
            problems.append(
                {field, QCoreApplication::translate("SubGoalOutcome",
                                                    "The note on sub-goal %1 is longer than %2 "
                                                    "characters.")
                            .arg(row.position + 1)
                            .arg(maxNoteLength)});
    }
    if (forSigning) {
        for (int position = 0; position < previousSubGoals; ++position) {
            bool assessed = false;
            for (const SubGoalOutcome &row : outcomes)
                assessed = assessed || (row.position == position && row.outcome != Outcome::Unset);
            if (!assessed) {
                problems.append(
                    {field, QCoreApplication::translate("SubGoalOutcome",
                                                        "Give the outcome of every sub-goal of the "
                                                        "previous plan before signing.")});
                break;
            }
        }
    }
    return problems;
}

} // namespace kotoplan::outcome
