// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/MeetingText.h"

#include "print/LargeTypeCursor.h"

#include <QLocale>

namespace kotoplan::meetingText {

namespace {
const char *const context = "MeetingText";

QString t(const PrintLanguage &language, const char *source)
{
    return language.text(context, source);
}
} // namespace

QString weekdayAndDate(const PrintLanguage &language, QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale(language.code() == QLatin1String("en") ? QStringLiteral("en_GB")
                                                                : language.code());
    return QStringLiteral("%1 %2").arg(
        locale.standaloneDayName(date.dayOfWeek(), QLocale::LongFormat), language.date(date));
}

QString time(const PrintLanguage &language, QTime value)
{
    if (!value.isValid())
        return {};
    return value.toString(language.code() == QLatin1String("en") ? QStringLiteral("H:mm")
                                                                 : QStringLiteral("H.mm"));
}

QString interpreting(const PrintLanguage &language, const Meeting &meeting)
{
    if (!meeting.interpreterBooked)
        return t(language, QT_TRANSLATE_NOOP("MeetingText", "No interpreter booked"));
    QString text = language.languageName(meeting.interpreterLanguage);
    switch (meeting.interpretingMode) {
    case InterpretingMode::OnSite:
        return text + QStringLiteral(", ") +
               t(language,
                 QT_TRANSLATE_NOOP("MeetingText", "the interpreter comes to the meeting"));
    case InterpretingMode::Phone:
        return text + QStringLiteral(", ") +
               t(language, QT_TRANSLATE_NOOP("MeetingText", "the interpreter is on the phone"));
    case InterpretingMode::Video:
        return text + QStringLiteral(", ") +
               t(language, QT_TRANSLATE_NOOP("MeetingText", "the interpreter is on video"));
    case InterpretingMode::Unset:
        break;
    }
    return text.isEmpty()
               ? t(language, QT_TRANSLATE_NOOP("MeetingText", "An interpreter is booked"))
               : text;
}

void writeMeeting(LargeTypeCursor &cursor, const PrintLanguage &language, const Meeting *meeting)
{
    if (!meeting || !meeting->startsAt.isValid()) {
        cursor.paragraph(
            t(language, QT_TRANSLATE_NOOP("MeetingText", "The time of your next meeting is not "
                                                         "agreed yet. We will contact you.")));
        return;
    }
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Day:")),
                weekdayAndDate(language, meeting->startsAt.date()));
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Time:")),
                time(language, meeting->startsAt.time()));
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Place:")), meeting->place);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "You meet:")), meeting->officer);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Interpreter:")),
                interpreting(language, *meeting));
}

void writeContact(LargeTypeCursor &cursor, const PrintLanguage &language, const QString &officer,
                  const ServicePoint &servicePoint)
{
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Your contact person:")), officer);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Phone:")), servicePoint.phone);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "E-mail:")), servicePoint.email);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Address:")), servicePoint.address);
    cursor.line(t(language, QT_TRANSLATE_NOOP("MeetingText", "Open:")), servicePoint.openingHours);
}

} // namespace kotoplan::meetingText
