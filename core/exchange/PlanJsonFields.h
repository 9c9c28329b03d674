// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "exchange/JsonReader.h"
#include "fields/FieldSpec.h"

#include <QJsonObject>

namespace kotoplan::planJsonFields {

// A plain field's value in the exchange file, and back (see FieldType).
QJsonValue toJson(FieldType type, const QVariant &value);
QVariant fromJson(FieldType type, JsonReader &reader, const QString &key, bool required);

// The plan's fields that no plain rule carries: participants, interpreter, kind, main goal,
// sub-goals, their outcomes, the next meeting and the signing. False for a key without code.
bool writeCustom(const QString &key, QJsonObject &object, const Plan &plan);
bool readCustom(const QString &key, JsonReader &reader, Plan &plan, Problems *problems,
                Problems *warnings);

// Writes the fields of the table that have a JSON key into `object`.
template<typename T>
void write(const QList<FieldSpec<T>> &fields, QJsonObject &object, const T &value,
           bool withHealthData)
{
    for (const FieldSpec<T> &field : fields) {
        if (field.jsonKey.isEmpty() || (field.healthData && !withHealthData))
            continue;
        if (field.type != FieldType::Custom)
            object.insert(field.jsonKey, toJson(field.type, field.get(value)));
        else if constexpr (std::is_same_v<T, Plan>)
            writeCustom(field.key, object, value);
    }
}

template<typename T>
void read(const QList<FieldSpec<T>> &fields, JsonReader &reader, T &value, Problems *problems,
          Problems *warnings)
{
    for (const FieldSpec<T> &field : fields) {
        if (field.jsonKey.isEmpty())
            continue;
        if (field.type != FieldType::Custom)
            field.set(value, fromJson(field.type, reader, field.jsonKey, field.required));
        else if constexpr (std::is_same_v<T, Plan>)
            readCustom(field.key, reader, value, problems, warnings);
    }
}

} // namespace kotoplan::planJsonFields
