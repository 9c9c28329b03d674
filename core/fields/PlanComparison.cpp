// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/PlanComparison.h"

#include "domain/DateText.h"
#include "fields/PlanFields.h"
#include "fields/SubGoalRows.h"

#include <QCoreApplication>

namespace kotoplan {

namespace {

QString rowText(const SubGoal &row)
{
    QStringList parts{row.goal, row.measure, row.responsible, row.schedule};
    if (row.startedOn.isValid())
        parts.append(QCoreApplication::translate("PlanComparison", "Started %1")
                         .arg(dateText::displayDate(row.startedOn)));
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QString rowLabel(const SubGoalRow &row)
{
    const int number = (row.after >= 0 ? row.after : row.before) + 1;
    switch (row.change) {
    case SubGoalRow::Change::Added:
        return QCoreApplication::translate("PlanComparison", "Sub-goal %1: added").arg(number);
    case SubGoalRow::Change::Removed:
        return QCoreApplication::translate("PlanComparison", "Sub-goal %1: removed").arg(number);
    case SubGoalRow::Change::Same:
    case SubGoalRow::Change::Changed:
        break;
    }
    return QCoreApplication::translate("PlanComparison", "Sub-goal %1").arg(number);
}

} // namespace

PlanComparison::PlanComparison(const Plan &before, const Plan &after)
{
    for (const FieldSpec<Plan> &spec : PlanFields::all()) {
        // Sub-goals row by row, so that one sees which row was added, removed or changed.
        if (spec.key == QLatin1String("subGoals") &&
            !(before.subGoals.isEmpty() && after.subGoals.isEmpty())) {
            for (const SubGoalRow &row : matchSubGoals(before.subGoals, after.subGoals)) {
                Field field{spec.key, rowLabel(row),
                            row.before >= 0 ? rowText(before.subGoals.at(row.before)) : QString(),
                            row.after >= 0 ? rowText(after.subGoals.at(row.after)) : QString()};
                field.changed = row.change != SubGoalRow::Change::Same;
                m_fields.append(field);
            }
            continue;
        }
        Field field{spec.key, spec.label, spec.text(before), spec.text(after)};
        field.changed = field.before != field.after;
        m_fields.append(field);
    }
}

QStringList PlanComparison::changedKeys() const
{
    QStringList keys;
    for (const Field &field : m_fields) {
        if (field.changed && !keys.contains(field.key))
            keys.append(field.key);
    }
    return keys;
}

} // namespace kotoplan
