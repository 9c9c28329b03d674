// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "fields/FieldSpec.h"

#include <QCoreApplication>
#include <QList>

namespace kotoplan {

// The plan's fields in the order of the paper form, with their labels in the UI language.
class PlanFields
{
    Q_DECLARE_TR_FUNCTIONS(PlanFields)

public:
    static QList<FieldSpec<Plan>> all();
    // The same table built once, for the layers that show no label (storage, exchange, the
    // editor's widgets): its labels stay in the language of the first call.
    static const QList<FieldSpec<Plan>> &rules();
};

} // namespace kotoplan
