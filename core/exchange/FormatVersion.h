// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace kotoplan {

// The version of the exchange format, "major.minor". Within a major version a file only grows:
// a minor version adds keys and changes none, so a reader takes every older minor version and
// leaves out, with a warning, the keys of a newer one. A new major version may change anything
// and is refused by a reader of an older one.
struct FormatVersion
{
    int major = 0;
    int minor = 0;

    // "1.1", or the number 1 that the files of version 1.0 hold; nullopt for anything else.
    static std::optional<FormatVersion> fromJson(const QJsonValue &value);
    QString toString() const;
    auto operator<=>(const FormatVersion &) const = default;
};

} // namespace kotoplan
