// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/FieldColumns.h"

#include "domain/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"

namespace kotoplan::fieldColumns {

void prepareSave(QSqlQuery &query, const QSqlDatabase &db, const QString &table,
                 const QStringList &columns, const QVariantList &values, qint64 id, int rowVersion,
                 const QString &condition)
{
    const QString now = sql::timestamp(Clock::now());
    if (id == 0) {
        const SqlDialect dialect(db);
        const QStringList marks(columns.size() + 2, QStringLiteral("?"));
        // Never the id of an erased record: the audit log's lines still name it.
        query.prepare(QStringLiteral("INSERT INTO %1 (id, %2, created_at, updated_at, "
                                     "row_version) VALUES (%4, %3, 1)")
                          .arg(table, columns.join(QStringLiteral(", ")),
                               marks.join(QStringLiteral(", ")),
                               dialect.newId(table, table + QStringLiteral("_id"))) +
                      dialect.returningId());
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(now);
        query.addBindValue(now);
        return;
    }
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    query.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?%3")
                      .arg(table, assignments.join(QStringLiteral(", ")), condition));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(rowVersion);
}

QVariant toSql(FieldType type, const QVariant &value)
{
    switch (type) {
    case FieldType::Date:
        return sql::fromDate(value.toDate());
    case FieldType::Flag:
        return int(value.toBool());
    case FieldType::Text:
    case FieldType::Month:
    case FieldType::List:
    case FieldType::Custom:
        break;
    }
    return sql::text(value.toString());
}

QVariant fromSql(FieldType type, const QVariant &column)
{
    switch (type) {
    case FieldType::Date:
        return sql::toDate(column);
    case FieldType::Flag:
        return column.toInt() != 0;
    case FieldType::Text:
    case FieldType::Month:
    case FieldType::List:
    case FieldType::Custom:
        break;
    }
    return column.toString();
}

} // namespace kotoplan::fieldColumns
