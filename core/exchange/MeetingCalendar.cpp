// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/MeetingCalendar.h"

#include "print/MeetingText.h"
#include "print/PrintLanguage.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QSaveFile>

namespace kotoplan {

namespace {
const char *const context = "MeetingCalendar";
const QString zone = QStringLiteral("Europe/Helsinki");

// Finland's zone as the EU's rule has it since 1996: EEST from the last Sunday of March at
// 03.00 local time, EET from the last Sunday of October at 04.00.
const char *const helsinki[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Helsinki",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0300",
    "TZNAME:EEST",
    "DTSTART:19960331T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0200",
    "TZNAME:EET",
    "DTSTART:19961027T040000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

QString localTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyyMMddTHHmmss"));
}
} // namespace

QString MeetingCalendar::escaped(const QString &text)
{
    QString value = text;
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char(';'), QStringLiteral("\\;"))
        .replace(QLatin1Char(','), QStringLiteral("\\,"))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\n"));
    return value;
}

QByteArray MeetingCalendar::fold(const QByteArray &line)
{
    // At most 75 octets a line, the continuation lines starting with a space; a UTF-8
    // sequence is never cut in two.
    QByteArray folded;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    folded += line.mid(start) + "\r\n";
    return folded;
}

QByteArray MeetingCalendar::toIcs(const Meeting &meeting, const ServicePoint &servicePoint,
                                  const QString &language, const QDateTime &stamp)
{
    const PrintLanguage print(language);
    const auto t = [&print](const char *source) {
        return print.text(context, source);
    };
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Kotoplan//Kotoplan %1//%2")
                          .arg(QCoreApplication::applicationVersion(), language.toUpper()),
                      QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH")};
    for (const char *line : helsinki)
        lines.append(QString::fromLatin1(line));

    const QString uid =
        meeting.id > 0
            ? QStringLiteral("kotoplan-meeting-%1@kotoplan").arg(meeting.id)
            : QStringLiteral("kotoplan-plan-%1-next-meeting@kotoplan").arg(meeting.planId);
    const QDateTime ends = meeting.startsAt.addSecs(qint64(qMax(meeting.durationMinutes, 15)) * 60);
    QStringList where{meeting.place.trimmed(), servicePoint.address.trimmed()};
    where.removeAll(QString());
    QStringList about;
    if (!meeting.officer.trimmed().isEmpty())
        about.append(
            t(QT_TRANSLATE_NOOP("MeetingCalendar", "You meet: %1")).arg(meeting.officer.trimmed()));
    about.append(t(QT_TRANSLATE_NOOP("MeetingCalendar", "Interpreter: %1"))
                     .arg(meetingText::interpreting(print, meeting)));
    if (!meeting.reminder.trimmed().isEmpty())
        about.append(meeting.reminder.trimmed());
    if (!servicePoint.phone.trimmed().isEmpty())
        about.append(t(QT_TRANSLATE_NOOP("MeetingCalendar", "If you cannot come, call %1."))
                         .arg(servicePoint.phone.trimmed()));
    const QString summary = t(QT_TRANSLATE_NOOP("MeetingCalendar", "Meeting about your "
                                                                   "integration plan"));

    lines += {QStringLiteral("BEGIN:VEVENT"),
              QStringLiteral("UID:") + uid,
              QStringLiteral("DTSTAMP:") +
                  stamp.toUTC().toString(QStringLiteral("yyyyMMddTHHmmss")) + QLatin1Char('Z'),
              QStringLiteral("DTSTART;TZID=%1:%2").arg(zone, localTime(meeting.startsAt)),
              QStringLiteral("DTEND;TZID=%1:%2").arg(zone, localTime(ends)),
              QStringLiteral("SUMMARY:") + escaped(summary)};
    if (!where.isEmpty())
        lines.append(QStringLiteral("LOCATION:") + escaped(where.join(QStringLiteral(", "))));
    lines += {QStringLiteral("DESCRIPTION:") + escaped(about.join(QLatin1Char('\n'))),
              QStringLiteral("STATUS:CONFIRMED"),
              QStringLiteral("BEGIN:VALARM"),
              QStringLiteral("ACTION:DISPLAY"),
              QStringLiteral("DESCRIPTION:") + escaped(summary),
              QStringLiteral("TRIGGER:-P1D"),
              QStringLiteral("END:VALARM"),
              QStringLiteral("END:VEVENT"),
              QStringLiteral("END:VCALENDAR")};
    QByteArray bytes;
    for (const QString &line : std::as_const(lines))
        bytes += fold(line.toUtf8());
    return bytes;
}

MeetingCalendar::Result MeetingCalendar::write(const Meeting &meeting,
                                               const ServicePoint &servicePoint,
                                               const QString &language, const QString &path)
{
    Result result;
    const QString fileName = QDir::toNativeSeparators(path);
    if (!meeting.startsAt.isValid()) {
        result.message = tr("There is no next meeting with a time to write to %1.").arg(fileName);
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return result;
    }
    restrictToOwner(file);
    const QByteArray bytes =
        toIcs(meeting, servicePoint, language, QDateTime::currentDateTimeUtc());
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.message = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace kotoplan
