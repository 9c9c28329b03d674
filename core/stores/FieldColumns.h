// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fields/FieldSpec.h"

#include <QSqlQuery>

namespace kotoplan::fieldColumns {

// Prepares the save of one record of `table` whose own columns are `columns`, with `values`
// bound: an insert for id 0 (a new id, never one an erased record had), else an update of the
// row read at `rowVersion`, `condition` (" AND status = 'draft'") added to its WHERE.
void prepareSave(QSqlQuery &query, const QSqlDatabase &db, const QString &table,
                 const QStringList &columns, const QVariantList &values, qint64 id, int rowVersion,
                 const QString &condition = {});

// A plain field's value as bound to its column, and back (see FieldType).
QVariant toSql(FieldType type, const QVariant &value);
QVariant fromSql(FieldType type, const QVariant &column);

// The columns of the record's own table that the fields fill, in the table's order.
template<typename T> QStringList columns(const QList<FieldSpec<T>> &fields)
{
    QStringList names;
    for (const FieldSpec<T> &field : fields) {
        if (field.rowTable.isEmpty())
            names += field.columns;
    }
    return names;
}

// The values bound to columns(fields), in the same order.
template<typename T> QVariantList values(const QList<FieldSpec<T>> &fields, const T &value)
{
    QVariantList bound;
    for (const FieldSpec<T> &field : fields) {
        if (!field.rowTable.isEmpty())
            continue;
        if (field.toSql)
            bound += field.toSql(value);
        else
            bound.append(toSql(field.type, field.get(value)));
    }
    return bound;
}

// Reads columns(fields) from the query's current row, starting at column `first`; returns the
// index of the first column after them.
template<typename T>
int read(const QList<FieldSpec<T>> &fields, T &value, const QSqlQuery &query, int first)
{
    int i = first;
    for (const FieldSpec<T> &field : fields) {
        if (!field.rowTable.isEmpty())
            continue;
        if (field.fromSql) {
            QVariantList read;
            for (qsizetype c = 0; c < field.columns.size(); ++c)
                read.append(query.value(i++));
            field.fromSql(value, read);
        } else {
            field.set(value, fromSql(field.type, query.value(i++)));
        }
    }
    return i;
}

} // namespace kotoplan::fieldColumns
