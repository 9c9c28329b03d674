// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QDateTime>
#include <QString>

namespace kotoplan {

// What a meeting of a case was for.
enum class MeetingKind
{
    Plan,   // drawing up the plan
    Review, // reviewing it
    Other
};

// Whether the client came: a planned meeting has no answer yet.
enum class Attendance
{
    Planned,
    Came,
    CancelledInTime,
    NoShow
};

// One meeting of a client's case, planned or past: the record the interpreting costs are
// claimed from, and the next meeting the client takes home.
struct Meeting
{
    qint64 id = 0; // 0 until stored
    qint64 clientId = 0;
    qint64 planId = 0; // the plan whose next-meeting field this meeting is, 0 for none
    MeetingKind kind = MeetingKind::Other;
    QDateTime startsAt; // local time in Finland
    int durationMinutes = 60;
    QString place;
    QString officer;
    bool interpreterBooked = false;
    QString interpreterLanguage; // ISO 639 code or free text
    InterpretingMode interpretingMode = InterpretingMode::Unset;
    QString agency; // the interpreting agency, optional
    Attendance attendance = Attendance::Planned;
    QString reminder; // what to bring, for the appointment slip

    bool operator==(const Meeting &) const = default;
};

QString meetingKindKey(MeetingKind kind);
MeetingKind meetingKindFromKey(const QString &key);
QString attendanceKey(Attendance attendance);
Attendance attendanceFromKey(const QString &key);

} // namespace kotoplan
