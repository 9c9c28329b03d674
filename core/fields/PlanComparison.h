// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kotoplan {

// Two versions of a client's plan side by side, field by field in the order of the paper form,
// with the fields that differ marked. The sub-goals come row by row (all with the key
// "subGoals"), each row marked added, removed or changed.
class PlanComparison
{
public:
    struct Field
    {
        QString key;   // as in form-fields.md: "futureWish", "subGoals", …
        QString label; // in the UI language
        QString before;
        QString after;
        bool changed = false;
    };

    PlanComparison(const Plan &before, const Plan &after);

    const QList<Field> &fields() const { return m_fields; }
    QStringList changedKeys() const; // each key once

private:
    QList<Field> m_fields;
};

} // namespace kotoplan
