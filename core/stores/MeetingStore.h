// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace kotoplan {

// Owns the SQL of the meeting record: each meeting of a client's case, planned or past.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    explicit MeetingStore(QSqlDatabase db);

    // The client's meetings, oldest first.
    QList<Meeting> meetingsOf(qint64 clientId) const;
    std::optional<Meeting> load(qint64 id) const;
    // Inserts (id 0) or updates a meeting in one transaction; refuses a meeting without a time
    // or with an impossible duration, naming the field.
    StoreResult save(Meeting &meeting);
    // Marks whether the client came: one click in the editor.
    StoreResult setAttendance(qint64 meetingId, Attendance attendance);
    StoreResult remove(qint64 meetingId);
    // The meeting the client takes home with a plan: the planned meeting of the plan's
    // next-meeting field, else the client's first planned meeting from now on; nullopt when
    // nothing is planned.
    std::optional<Meeting> nextFor(const Plan &plan) const;

    // Brings the planned meeting of a plan's next-meeting field in line with the plan, inside
    // the plan's save: a new time makes or moves it, a cleared field removes it while it is
    // still planned. A meeting already marked held or missed is left as it is.
    bool syncWithPlan(const Plan &plan, QSqlError *error);
    // Inside a draft's removal: its planned next meeting goes with it, unless another plan of
    // the client names the same time.
    bool dropWithDraft(const Plan &draft);

    static Problems check(const Meeting &meeting);

private:
    QSqlDatabase m_db;
};

} // namespace kotoplan
