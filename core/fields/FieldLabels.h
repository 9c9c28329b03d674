// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QString>

namespace kotoplan {

// The field tables read for a person: a problem's field key as its label, and the fields typed
// since the last save as text to copy.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    // The label of a field key as Validation and the stores name them ("mainGoal",
    // "client.name", "signedBy"), in the UI language; the key itself when the tables lack it.
    static QString label(const QString &key);
    // Each field that differs between what was saved and what is typed: its label, a colon and
    // the typed text, one field after the other in the form's order. Empty when nothing differs.
    static QString unsavedText(const Client &savedClient, const Client &typedClient,
                               const Plan &savedPlan, const Plan &typedPlan);
};

} // namespace kotoplan
