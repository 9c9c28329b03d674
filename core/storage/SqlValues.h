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

// A stored moment as the day and the time on the wall clock; both invalid when none is stored.
struct DayAndTime
{
    QDate day;
    QTime time;
    bool isValid() const { return day.isValid() && time.isValid(); }
};

// Read by hand: QDateTime::fromString with a format builds a parser at each call, tens of
// microseconds, and a list reads one a row. The same strict "yyyy-MM-ddTHH:mm" is accepted.
inline DayAndTime toDayAndTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() != 16 || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':'))
        return {};
    for (const int i : {11, 12, 14, 15}) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return {};
    }
    const QDate day = QDate::fromString(QStringView(text).left(10), Qt::ISODate);
    const QTime time(QStringView(text).mid(11, 2).toInt(), QStringView(text).mid(14, 2).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    return {day, time};
}

// A local QDateTime looks the time zone up (mktime()) as it is made: a list that only shows the
// day and the time reads toDayAndTime() instead.
inline QDateTime toDateTime(const QVariant &value)
{
    const DayAndTime read = toDayAndTime(value);
    return read.isValid() ? QDateTime(read.day, read.time) : QDateTime();
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
