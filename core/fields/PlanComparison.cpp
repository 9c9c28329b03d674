// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/PlanComparison.h"

#include "fields/PlanFields.h"

namespace kotoplan {

PlanComparison::PlanComparison(const Plan &before, const Plan &after)
{
    for (const FieldSpec<Plan> &spec : PlanFields::all()) {
        Field field{spec.key, spec.label, spec.text(before), spec.text(after)};
        field.changed = field.before != field.after;
        m_fields.append(field);
    }
}

QStringList PlanComparison::changedKeys() const
{
    QStringList keys;
    for (const Field &field : m_fields) {
        if (field.changed)
            keys.append(field.key);
    }
    return keys;
}

} // namespace kotoplan
