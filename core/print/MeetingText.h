// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "print/PrintLanguage.h"
#include "settings/ServicePoint.h"

#include <QString>

namespace kotoplan {

class LargeTypeCursor;

// The words a client reads about a meeting, in the print language: what the client's copy and
// the appointment slip print the same way.
namespace meetingText {

// "Monday 11.1.2027", "maanantai 11.1.2027".
QString weekdayAndDate(const PrintLanguage &language, QDate date);
// "9:30" in English, "9.30" in Finnish and Swedish.
QString time(const PrintLanguage &language, QTime time);
// The interpreting language and mode, or "no interpreter booked".
QString interpreting(const PrintLanguage &language, const Meeting &meeting);
// Date, time, place, with whom and the interpreter, one labelled line each; a sentence when
// nothing is planned.
void writeMeeting(LargeTypeCursor &cursor, const PrintLanguage &language, const Meeting *meeting);
// The contact person and the service point's phone, e-mail, address and opening hours.
void writeContact(LargeTypeCursor &cursor, const PrintLanguage &language, const QString &officer,
                  const ServicePoint &servicePoint);

} // namespace meetingText
} // namespace kotoplan
