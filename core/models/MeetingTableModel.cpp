// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/MeetingTableModel.h"

#include "domain/DateText.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"
#include "stores/MeetingStore.h"

namespace kotoplan {

MeetingTableModel::MeetingTableModel(QSqlDatabase db, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_db(std::move(db))
{}

void MeetingTableModel::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    reload();
}

void MeetingTableModel::reload()
{
    QList<Meeting> meetings = m_clientId > 0 && m_db.isOpen()
                                  ? MeetingStore(m_db).meetingsOf(m_clientId)
                                  : QList<Meeting>();
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

int MeetingTableModel::rows() const
{
    return int(m_meetings.size());
}

std::optional<int> MeetingTableModel::lastUnmarkedRow(const QDateTime &now) const
{
    for (int row = int(m_meetings.size()) - 1; row >= 0; --row) {
        const Meeting &meeting = m_meetings.at(row);
        if (meeting.attendance == Attendance::Planned && meeting.startsAt <= now)
            return row;
    }
    return std::nullopt;
}

QString MeetingTableModel::attendanceText(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Came:
        return tr("Came");
    case Attendance::CancelledInTime:
        return tr("Cancelled in time");
    case Attendance::NoShow:
        return tr("Did not come");
    case Attendance::Planned:
        break;
    }
    return tr("Planned");
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &meeting = m_meetings.at(index.row());
    if (role == MeetingIdRole)
        return meeting.id;
    if (role == Qt::TextAlignmentRole && index.column() == Minutes)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return dateText::displayDateTime(meeting.startsAt);
    case Kind:
        switch (meeting.kind) {
        case MeetingKind::Plan:
            return tr("Drawing up the plan");
        case MeetingKind::Review:
            return tr("Review");
        case MeetingKind::Other:
            break;
        }
        return tr("Other");
    case Place:
        return meeting.place;
    case Interpreter: {
        if (!meeting.interpreterBooked)
            return tr("None");
        // The language by its name, as officers say it: "romania (ro)", not "ro".
        QStringList parts{meeting.interpreterLanguage.isEmpty()
                              ? QString()
                              : localeNames::describeLanguages({meeting.interpreterLanguage},
                                                               translations::uiLanguage())};
        switch (meeting.interpretingMode) {
        case InterpretingMode::OnSite:
            parts.append(tr("on site"));
            break;
        case InterpretingMode::Phone:
            parts.append(tr("by phone"));
            break;
        case InterpretingMode::Video:
            parts.append(tr("by video"));
            break;
        case InterpretingMode::Unset:
            break;
        }
        parts.append(meeting.agency);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case Minutes:
        return meeting.durationMinutes;
    case Came:
        return attendanceText(meeting.attendance);
    default:
        return {};
    }
}

QString MeetingTableModel::columnTitle(int column) const
{
    switch (column) {
    case When:
        return tr("When");
    case Kind:
        return tr("Meeting");
    case Place:
        return tr("Place");
    case Interpreter:
        return tr("Interpreter");
    case Minutes:
        return tr("Minutes");
    case Came:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace kotoplan
