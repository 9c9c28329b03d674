// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "fields/FieldSpec.h"

#include <QCoreApplication>
#include <QList>

namespace kotoplan {

// The client's fields (4 to 13 of the paper form) in the form's order, labelled in the UI
// language; languages and countries read as names.
class ClientFields
{
    Q_DECLARE_TR_FUNCTIONS(ClientFields)

public:
    static QList<FieldSpec<Client>> all();
    // The same table built once, for the layers that show no label (storage, exchange, the
    // editor's widgets): its labels stay in the language of the first call.
    static const QList<FieldSpec<Client>> &rules();
};

} // namespace kotoplan
