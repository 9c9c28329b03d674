// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/FieldLabels.h"

#include "fields/ClientFields.h"
#include "fields/PlanComparison.h"
#include "fields/PlanFields.h"

namespace kotoplan {

QString FieldLabels::label(const QString &key)
{
    static const QString clientPrefix = QStringLiteral("client.");
    if (key.startsWith(clientPrefix)) {
        const QString clientKey = key.mid(clientPrefix.size());
        for (const FieldSpec<Client> &spec : ClientFields::all()) {
            if (spec.key == clientKey)
                return spec.label;
        }
        return key;
    }
    if (key == QLatin1String("signedBy"))
        return tr("Officer's name (Edit > Settings)");
    if (key == QLatin1String("mainGoalText") || key == QLatin1String("occupationPrimary"))
        return label(QStringLiteral("mainGoal"));
    for (const FieldSpec<Plan> &spec : PlanFields::all()) {
        if (spec.key == key)
            return spec.label;
    }
    return key;
}

QString FieldLabels::unsavedText(const Client &savedClient, const Client &typedClient,
                                 const Plan &savedPlan, const Plan &typedPlan)
{
    QStringList parts;
    for (const FieldSpec<Client> &spec : ClientFields::all()) {
        const QString typed = spec.text(typedClient);
        if (typed != spec.text(savedClient))
            parts.append(spec.label + QStringLiteral(":\n") + typed);
    }
    const PlanComparison comparison(savedPlan, typedPlan);
    for (const PlanComparison::Field &field : comparison.fields()) {
        if (field.changed)
            parts.append(field.label + QStringLiteral(":\n") + field.after);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace kotoplan
