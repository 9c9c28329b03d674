// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Replicate.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace kotoplan::bench {

namespace {

qint64 maxId(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

// INSERT … SELECT of the original rows of `table` (those whose `key` is at most `last`), with
// the id columns moved by their offsets.
QString copyStatement(QSqlDatabase db, const QString &table, const QString &key, qint64 last,
                      const QHash<QString, qint64> &offsets, const QString &status)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    QStringList values;
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        columns.append(column);
        if (offsets.contains(column))
            values.append(QStringLiteral("%1 + %2").arg(column).arg(offsets.value(column)));
        else if (column == QLatin1String("status") && !status.isEmpty())
            values.append(status);
        else
            values.append(column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4 <= %5")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), key)
        .arg(last);
}

} // namespace

bool replicate(QSqlDatabase db, int copies, bool shared)
{
    const qint64 clients = maxId(db, QStringLiteral("client"));
    const qint64 plans = maxId(db, QStringLiteral("plan"));
    QSqlQuery query(db);
    if (!db.transaction())
        return false;
    for (int copy = 1; copy < copies; ++copy) {
        const qint64 clientOffset = clients * copy;
        const qint64 planOffset = plans * copy;
        const QHash<QString, qint64> clientIds = {{QStringLiteral("id"), clientOffset},
                                                  {QStringLiteral("client_id"), clientOffset}};
        const QHash<QString, qint64> planIds = {{QStringLiteral("id"), planOffset},
                                                {QStringLiteral("client_id"), clientOffset},
                                                {QStringLiteral("previous_plan_id"), planOffset}};
        const QHash<QString, qint64> rowIds = {{QStringLiteral("plan_id"), planOffset}};
        // A signed plan's rows cannot be written: the copies are drafts until their rows are in.
        const QStringList statements = {
            copyStatement(db, QStringLiteral("client"), QStringLiteral("id"), clients, clientIds,
                          {}),
            copyStatement(db, QStringLiteral("client_mother_tongue"), QStringLiteral("client_id"),
                          clients, clientIds, {}),
            copyStatement(db, QStringLiteral("client_citizenship"), QStringLiteral("client_id"),
                          clients, clientIds, {}),
            copyStatement(db, QStringLiteral("plan"), QStringLiteral("id"), plans, planIds,
                          QStringLiteral("'draft'")),
            copyStatement(db, QStringLiteral("plan_participant"), QStringLiteral("plan_id"), plans,
                          rowIds, {}),
            copyStatement(db, QStringLiteral("plan_sub_goal"), QStringLiteral("plan_id"), plans,
                          rowIds, {}),
            copyStatement(db, QStringLiteral("plan_sub_goal_outcome"), QStringLiteral("plan_id"),
                          plans, rowIds, {}),
            QStringLiteral("UPDATE plan SET status = 'signed' WHERE id > %1 AND id - %1 IN "
                           "(SELECT id FROM plan WHERE id <= %2 AND status = 'signed')")
                .arg(planOffset)
                .arg(plans),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                db.rollback();
                return false;
            }
        }
    }
    if (shared) {
        for (const char *table : {"client", "plan"}) {
            if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "(SELECT MAX(id) FROM %1))")
                                .arg(QLatin1String(table)))) {
                db.rollback();
                return false;
            }
        }
    }
    query.finish();
    return db.commit();
}

} // namespace kotoplan::bench
