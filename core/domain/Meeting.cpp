// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Meeting.h"

namespace kotoplan {

QString meetingKindKey(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Plan:
        return QStringLiteral("plan");
    case MeetingKind::Review:
        return QStringLiteral("review");
    case MeetingKind::Other:
        break;
    }
    return QStringLiteral("other");
}

MeetingKind meetingKindFromKey(const QString &key)
{
    if (key == QLatin1String("plan"))
        return MeetingKind::Plan;
    if (key == QLatin1String("review"))
        return MeetingKind::Review;
    return MeetingKind::Other;
}

QString attendanceKey(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Came:
        return QStringLiteral("came");
    case Attendance::CancelledInTime:
        return QStringLiteral("cancelled");
    case Attendance::NoShow:
        return QStringLiteral("no-show");
    case Attendance::Planned:
        break;
    }
    return QStringLiteral("planned");
}

Attendance attendanceFromKey(const QString &key)
{
    if (key == QLatin1String("came"))
        return Attendance::Came;
    if (key == QLatin1String("cancelled"))
        return Attendance::CancelledInTime;
    if (key == QLatin1String("no-show"))
        return Attendance::NoShow;
    return Attendance::Planned;
}

} // namespace kotoplan
