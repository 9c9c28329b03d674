// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "settings/ServicePoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kotoplan {

// A meeting as an iCalendar file (RFC 5545) for the client's phone: the time in
// Europe/Helsinki with its VTIMEZONE, the place, whom the client meets and the interpreter, a
// reminder the day before. The file names neither the client nor anything of the plan; its UID
// stays the same for the same meeting, so a second import updates the first.
class MeetingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCalendar)

public:
    struct Result
    {
        bool ok = false;
        QString message; // in the user's language, names the file and nothing of its content
    };

    // The file's bytes: UTF-8, CRLF line ends, lines folded at 75 octets. `language` ("fi",
    // "sv", "en") is the language of the texts; `stamp` the DTSTAMP.
    static QByteArray toIcs(const Meeting &meeting, const ServicePoint &servicePoint,
                            const QString &language, const QDateTime &stamp);
    // Writes it whole or not at all, readable by its owner alone.
    static Result write(const Meeting &meeting, const ServicePoint &servicePoint,
                        const QString &language, const QString &path);
    // Every line of `text` (split at CRLF) folded as RFC 5545 3.1 asks.
    static QByteArray fold(const QByteArray &line);
    // A TEXT value with backslash, semicolon, comma and line breaks escaped.
    static QString escaped(const QString &text);
};

} // namespace kotoplan
