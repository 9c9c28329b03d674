// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Client.h"

namespace kotoplan {

QDate YearMonth::lastDay() const
{
    const QDate first = firstDay();
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

QString YearMonth::toIso() const
{
    if (isNull())
        return {};
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

YearMonth YearMonth::fromIso(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    bool okYear = false;
    bool okMonth = false;
    const YearMonth value{parts[0].toInt(&okYear), parts[1].toInt(&okMonth)};
    return okYear && okMonth ? value : YearMonth{};
}

} // namespace kotoplan
