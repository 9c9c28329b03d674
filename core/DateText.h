// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Client.h"

#include <QDate>
#include <QString>

namespace kotoplan::dateText {

// Dates as officers type them: 23.11.2026, 23.11.26 is not accepted (ambiguous century),
// 2026-11-23 also works. An empty text is a null date; text that is no date gives nullopt.
std::optional<QDate> parseDate(const QString &text);
QString formatDate(QDate date); // d.M.yyyy, empty for a null date

// Month and year: 5/2024, 05.2024, 2024-05.
std::optional<YearMonth> parseYearMonth(const QString &text);
QString formatYearMonth(const YearMonth &value); // M/yyyy

} // namespace kotoplan::dateText
