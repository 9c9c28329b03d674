// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/DraftRows.h"

#include "storage/SqlDialect.h"

#include <QSqlQuery>

namespace kotoplan::draftRows {

bool clear(const QSqlDatabase &db, qint64 planId, QSqlError *error)
{
    QStringList statements;
    if (SqlDialect(db).isSqlite()) {
        for (const char *table : {"plan_participant", "plan_sub_goal", "plan_sub_goal_outcome"})
            statements.append(
                QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(QLatin1String(table)));
    } else {
        statements.append(QStringLiteral("SELECT public.kotoplan_clear_draft_rows(?)"));
    }
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements)) {
        query.prepare(statement);
        query.addBindValue(planId);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

int removeDraft(const QSqlDatabase &db, qint64 planId)
{
    QSqlQuery query(db);
    if (SqlDialect(db).isSqlite()) {
        query.prepare(QStringLiteral("DELETE FROM plan WHERE id = ? AND status = 'draft'"));
        query.addBindValue(planId);
        return query.exec() ? query.numRowsAffected() : -1;
    }
    query.prepare(QStringLiteral("SELECT public.kotoplan_remove_draft(?)"));
    query.addBindValue(planId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace kotoplan::draftRows
