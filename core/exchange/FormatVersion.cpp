// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/FormatVersion.h"

#include <QRegularExpression>

namespace kotoplan {

std::optional<FormatVersion> FormatVersion::fromJson(const QJsonValue &value)
{
    if (value.isDouble()) {
        // Version 1.0 wrote its version as the whole number 1.
        const double number = value.toDouble();
        if (number < 1 || number != double(qint64(number)) || number > 9999)
            return std::nullopt;
        return FormatVersion{int(number), 0};
    }
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{0,3})\\.([0-9]{1,4})$"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return std::nullopt;
    return FormatVersion{match.captured(1).toInt(), match.captured(2).toInt()};
}

QString FormatVersion::toString() const
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

} // namespace kotoplan
