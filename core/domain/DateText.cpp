// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/DateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace kotoplan::dateText {

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    static const QRegularExpression finnish(
        QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})$"));
    if (const auto match = finnish.match(trimmed); match.hasMatch()) {
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(),
                         match.captured(1).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (iso.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QTime> parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QTime();
    for (const QString &format : {QStringLiteral("H.mm"), QStringLiteral("H:mm")}) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("d.M.yyyy")) : QString();
}

QString displayDate(QDate date)
{
    // Qt's short formats would give 2026-11-23 in Swedish (Finland) and 23/11/2026 in English
    // (Finland); Finland writes 23.11.2026 in all three, the paper form and the typed fields too.
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d.M.yyyy")) : QString();
}

QString displayTime(QTime time)
{
    // 14.30, as Finnish and Finland's Swedish and English write it (Qt's sv_FI gives 14:30).
    return time.isValid() ? QLocale().toString(time, QStringLiteral("H.mm")) : QString();
}

QString displayDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return displayDateTime(dateTime.date(), dateTime.time());
}

QString displayDateTime(QDate day, QTime time)
{
    if (!day.isValid())
        return {};
    return displayDate(day) + QLatin1Char(' ') + displayTime(time);
}

std::optional<YearMonth> parseYearMonth(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return YearMonth{};
    static const QRegularExpression monthFirst(QStringLiteral("^([0-9]{1,2})[/.]([0-9]{4})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^([0-9]{4})-([0-9]{1,2})$"));
    YearMonth value;
    if (const auto match = monthFirst.match(trimmed); match.hasMatch())
        value = {match.captured(2).toInt(), match.captured(1).toInt()};
    else if (const auto match2 = yearFirst.match(trimmed); match2.hasMatch())
        value = {match2.captured(1).toInt(), match2.captured(2).toInt()};
    else
        return std::nullopt;
    return value.isValid() ? std::optional<YearMonth>(value) : std::nullopt;
}

QString formatYearMonth(const YearMonth &value)
{
    return value.isNull() ? QString() : QStringLiteral("%1/%2").arg(value.month).arg(value.year);
}

} // namespace kotoplan::dateText
