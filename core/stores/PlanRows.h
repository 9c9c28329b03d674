// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace kotoplan::planRows {

// The rows of a plan kept in tables of their own: the participants, the sub-goals and a review's
// outcomes. Replaces the stored rows of `plan` with its own.
bool write(const QSqlDatabase &db, const Plan &plan, QSqlError *error);

// Reads the rows of every plan in `plans`, three queries whatever their number: `planIds` is a
// query of their ids with one value to bind ("SELECT id FROM plan WHERE client_id = ?").
bool read(const QSqlDatabase &db, const QString &planIds, const QVariant &bind, QList<Plan> &plans,
          QSqlError *error);

} // namespace kotoplan::planRows
