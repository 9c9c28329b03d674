// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace kotoplan::sql {

// Dates are stored as ISO 8601 text, an empty string for "not given", on every engine.
inline QString fromDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

inline QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Minutes are enough for a meeting; stored without a zone as the officer's local time.
inline QString fromDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QStringLiteral("");
}

inline QDateTime toDateTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

inline QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Text columns are NOT NULL: an empty QString must be bound as '' and not as NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace kotoplan::sql
