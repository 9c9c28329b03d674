// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace kotoplan::draftRows {

// Takes away the participants, sub-goals and outcomes of a draft before they are written anew.
// On PostgreSQL officers have no DELETE on those tables: the owner's function
// kotoplan_clear_draft_rows does it, for a draft only. False with `error` set on failure.
bool clear(const QSqlDatabase &db, qint64 planId, QSqlError *error);
// Deletes a draft plan with its rows (kotoplan_remove_draft on PostgreSQL); the number of plans
// deleted, 0 when the plan is no draft, -1 on failure.
int removeDraft(const QSqlDatabase &db, qint64 planId);

} // namespace kotoplan::draftRows
