// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kotoplan::dateText {

// Dates as officers type them: 23.11.2026, 23.11.26 is not accepted (ambiguous century),
// 2026-11-23 also works. An empty text is a null date; text that is no date gives nullopt.
std::optional<QDate> parseDate(const QString &text);
QString formatDate(QDate date); // d.M.yyyy, empty for a null date
// A time as Finns write it, 14.30, or 14:30; an empty text is a null time, text that is no time
// gives nullopt.
std::optional<QTime> parseTime(const QString &text);

// Dates and times as the UI shows them, in the default locale (the UI language's, see
// translations::uiLocale): 23.11.2026 and 14.30 in Finnish, Swedish and English alike, which is
// also what the date fields accept back. Empty for a null value.
QString displayDate(QDate date);
QString displayTime(QTime time);
QString displayDateTime(const QDateTime &dateTime);
QString displayDateTime(QDate day, QTime time);

// Month and year: 5/2024, 05.2024, 2024-05.
std::optional<YearMonth> parseYearMonth(const QString &text);
QString formatYearMonth(const YearMonth &value); // M/yyyy

} // namespace kotoplan::dateText
