// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "models/ColumnTableModel.h"

#include <QSqlDatabase>

#include <optional>

namespace kotoplan {

// The meetings of one client's case, oldest first: when, what for, where, the interpreter, how
// long and whether the client came.
class MeetingTableModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Kind,
        Place,
        Interpreter,
        Minutes,
        Came,
        ColumnCount
    };
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1,
    };

    explicit MeetingTableModel(QSqlDatabase db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setClientId(qint64 clientId);
    void reload();
    const Meeting &meetingAt(int row) const { return m_meetings.at(row); }
    // The row of the meeting whether the client came is asked about next: the latest one that
    // has begun by `now` and is still only planned; nullopt when there is none.
    std::optional<int> lastUnmarkedRow(const QDateTime &now) const;

    static QString attendanceText(Attendance attendance);

private:
    int rows() const override;
    QString columnTitle(int column) const override;

    QSqlDatabase m_db;
    qint64 m_clientId = 0;
    QList<Meeting> m_meetings;
};

} // namespace kotoplan
