// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "domain/Service.h"

#include <QHash>
#include <QSqlDatabase>

// Services print in the language of the paper, not in the officer's language of the moment.
namespace kotoplan::serviceNames {

// The catalogue's services that the plan's sub-goals name, by id.
QHash<qint64, Service> of(const QSqlDatabase &db, const Plan &plan);

// A measure picked from the catalogue holds the service's name in the officer's language of the
// moment: it prints under the service's name in `language`. Typed over, it is the officer's own
// text and prints as typed.
QString measure(const SubGoal &subGoal, const QHash<qint64, Service> &services,
                const QString &language);

} // namespace kotoplan::serviceNames
