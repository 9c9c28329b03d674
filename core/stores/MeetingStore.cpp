// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/MeetingStore.h"

#include "domain/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kotoplan {

namespace {

const QString columns = QStringLiteral(
    "id, client_id, plan_id, kind, starts_at, duration_minutes, place, officer, "
    "interpreter_booked, interpreter_language, interpreting_mode, agency, attendance, reminder");

Meeting meetingFrom(const QSqlQuery &query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.clientId = query.value(1).toLongLong();
    meeting.planId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    meeting.kind = meetingKindFromKey(query.value(3).toString());
    meeting.startsAt = sql::toDateTime(query.value(4));
    meeting.durationMinutes = query.value(5).toInt();
    meeting.place = query.value(6).toString();
    meeting.officer = query.value(7).toString();
    meeting.interpreterBooked = query.value(8).toInt() != 0;
    meeting.interpreterLanguage = query.value(9).toString();
    meeting.interpretingMode = interpretingModeFromKey(query.value(10).toString());
    meeting.agency = query.value(11).toString();
    meeting.attendance = attendanceFromKey(query.value(12).toString());
    meeting.reminder = query.value(13).toString();
    return meeting;
}

QList<Meeting> select(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM meeting WHERE %2").arg(columns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Meeting> meetings;
    if (!query.exec())
        return meetings;
    while (query.next())
        meetings.append(meetingFrom(query));
    return meetings;
}

QVariant planIdValue(qint64 planId)
{
    return planId > 0 ? QVariant(planId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

MeetingStore::MeetingStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Meeting> MeetingStore::meetingsOf(qint64 clientId) const
{
    return select(m_db, QStringLiteral("client_id = ? ORDER BY starts_at, id"), {clientId});
}

std::optional<Meeting> MeetingStore::load(qint64 id) const
{
    const QList<Meeting> found = select(m_db, QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Problems MeetingStore::check(const Meeting &meeting)
{
    Problems problems;
    if (!meeting.startsAt.isValid())
        problems.append({QStringLiteral("startsAt"), tr("Enter the meeting's date and time.")});
    if (meeting.durationMinutes < 0 || meeting.durationMinutes > 24 * 60)
        problems.append({QStringLiteral("durationMinutes"),
                         tr("The meeting's length is given in minutes, from 0 to 1440.")});
    if (meeting.clientId <= 0)
        problems.append({QStringLiteral("clientId"), tr("The meeting belongs to no client.")});
    return problems;
}

StoreResult MeetingStore::save(Meeting &meeting)
{
    const Problems problems = check(meeting);
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The meeting has errors."), problems};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), tr("The meeting could not be saved."));
    const QString now = sql::timestamp(Clock::now());
    QSqlQuery query(m_db);
    if (meeting.id == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO meeting (client_id, plan_id, kind, starts_at, "
                           "duration_minutes, place, officer, interpreter_booked, "
                           "interpreter_language, interpreting_mode, agency, attendance, reminder, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)") +
            SqlDialect(m_db).returningId());
        query.addBindValue(meeting.clientId);
    } else {
        query.prepare(QStringLiteral(
            "UPDATE meeting SET plan_id = ?, kind = ?, starts_at = ?, duration_minutes = ?, "
            "place = ?, officer = ?, interpreter_booked = ?, interpreter_language = ?, "
            "interpreting_mode = ?, agency = ?, attendance = ?, reminder = ?, updated_at = ? "
            "WHERE id = ?"));
    }
    query.addBindValue(planIdValue(meeting.planId));
    query.addBindValue(meetingKindKey(meeting.kind));
    query.addBindValue(sql::fromDateTime(meeting.startsAt));
    query.addBindValue(meeting.durationMinutes);
    query.addBindValue(sql::text(meeting.place.trimmed()));
    query.addBindValue(sql::text(meeting.officer.trimmed()));
    query.addBindValue(int(meeting.interpreterBooked));
    query.addBindValue(sql::text(meeting.interpreterLanguage.trimmed()));
    query.addBindValue(meeting.interpretingMode == InterpretingMode::Unset
                           ? QStringLiteral("")
                           : interpretingModeKey(meeting.interpretingMode));
    query.addBindValue(sql::text(meeting.agency.trimmed()));
    query.addBindValue(attendanceKey(meeting.attendance));
    query.addBindValue(sql::text(meeting.reminder.trimmed()));
    if (meeting.id == 0)
        query.addBindValue(now);
    query.addBindValue(now);
    if (meeting.id != 0)
        query.addBindValue(meeting.id);
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The meeting could not be saved."));
    if (meeting.id != 0 && query.numRowsAffected() != 1)
        return {StoreResult::Status::NotFound, tr("The meeting no longer exists."), {}};
    const qint64 id = meeting.id == 0 ? SqlDialect(m_db).insertedId(query) : meeting.id;
    query.finish();
    if (!transaction.commit())
        return SqlFailure::result(transaction.lastError(), tr("The meeting could not be saved."));
    meeting.id = id;
    return {};
}

StoreResult MeetingStore::setAttendance(qint64 meetingId, Attendance attendance)
{
    std::optional<Meeting> meeting = load(meetingId);
    if (!meeting)
        return {StoreResult::Status::NotFound, tr("The meeting no longer exists."), {}};
    meeting->attendance = attendance;
    return save(*meeting);
}

StoreResult MeetingStore::remove(qint64 meetingId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    query.addBindValue(meetingId);
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The meeting could not be removed."));
    if (query.numRowsAffected() != 1)
        return {StoreResult::Status::NotFound, tr("The meeting no longer exists."), {}};
    return {};
}

std::optional<Meeting> MeetingStore::nextFor(const Plan &plan) const
{
    const QString planned = QStringLiteral("'planned'");
    QList<Meeting> found = select(
        m_db, QStringLiteral("plan_id = ? AND attendance = %1 ORDER BY starts_at").arg(planned),
        {plan.id});
    if (found.isEmpty()) {
        found = select(m_db,
                       QStringLiteral("client_id = ? AND attendance = %1 AND starts_at >= ? "
                                      "ORDER BY starts_at")
                           .arg(planned),
                       {plan.clientId, sql::fromDateTime(Clock::now())});
    }
    if (!found.isEmpty())
        return found.first();
    // A stored plan's next meeting is in the record: held or missed, it is no longer next.
    if (plan.id != 0 || !plan.nextMeeting.isValid())
        return std::nullopt;
    // A plan not stored (an import read from a file): its own field.
    Meeting meeting;
    meeting.clientId = plan.clientId;
    meeting.planId = plan.id;
    meeting.kind = MeetingKind::Review;
    meeting.startsAt = plan.nextMeeting;
    meeting.place = plan.nextMeetingPlace;
    meeting.officer = plan.signedBy;
    return meeting;
}

bool MeetingStore::syncWithPlan(const Plan &plan, QSqlError *error)
{
    QSqlQuery query(m_db);
    const auto failed = [&] {
        *error = query.lastError();
        return false;
    };
    const QList<Meeting> mine = select(m_db, QStringLiteral("plan_id = ?"), {plan.id});
    std::optional<Meeting> planned;
    for (const Meeting &meeting : mine) {
        if (meeting.attendance == Attendance::Planned)
            planned = meeting;
    }
    if (!plan.nextMeeting.isValid()) {
        if (!planned)
            return true;
        query.prepare(QStringLiteral("DELETE FROM meeting WHERE id = ?"));
        query.addBindValue(planned->id);
        return query.exec() || failed();
    }
    if (!planned) {
        // A review starts as a copy of the plan before it: the same next meeting is the same
        // meeting, now this plan's.
        const QList<Meeting> same = select(
            m_db, QStringLiteral("client_id = ? AND starts_at = ? AND attendance = 'planned'"),
            {plan.clientId, sql::fromDateTime(plan.nextMeeting)});
        if (!same.isEmpty())
            planned = same.first();
    }
    const QString now = sql::timestamp(Clock::now());
    if (planned) {
        query.prepare(QStringLiteral("UPDATE meeting SET plan_id = ?, starts_at = ?, place = ?, "
                                     "updated_at = ? WHERE id = ?"));
        query.addBindValue(plan.id);
        query.addBindValue(sql::fromDateTime(plan.nextMeeting));
        query.addBindValue(sql::text(plan.nextMeetingPlace.trimmed()));
        query.addBindValue(now);
        query.addBindValue(planned->id);
        return query.exec() || failed();
    }
    // A new next meeting: with the interpreter of the plan's own meeting, most often needed
    // again, and the officer who draws the plan up.
    const bool interpreted = plan.interpreterPresent == YesNo::Yes;
    query.prepare(QStringLiteral(
        "INSERT INTO meeting (client_id, plan_id, kind, starts_at, place, officer, "
        "interpreter_booked, interpreter_language, interpreting_mode, attendance, created_at, "
        "updated_at) VALUES (?, ?, 'review', ?, ?, ?, ?, ?, ?, 'planned', ?, ?)"));
    query.addBindValue(plan.clientId);
    query.addBindValue(plan.id);
    query.addBindValue(sql::fromDateTime(plan.nextMeeting));
    query.addBindValue(sql::text(plan.nextMeetingPlace.trimmed()));
    query.addBindValue(sql::text(!plan.signedBy.isEmpty()      ? plan.signedBy
                                 : plan.participants.isEmpty() ? QString()
                                                               : plan.participants.first().name));
    query.addBindValue(int(interpreted));
    query.addBindValue(interpreted ? sql::text(plan.interpreterLanguage) : QStringLiteral(""));
    query.addBindValue(interpreted && plan.interpretingMode != InterpretingMode::Unset
                           ? interpretingModeKey(plan.interpretingMode)
                           : QStringLiteral(""));
    query.addBindValue(now);
    query.addBindValue(now);
    return query.exec() || failed();
}

bool MeetingStore::dropWithDraft(const Plan &draft)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM meeting WHERE plan_id = ? AND attendance = "
                                 "'planned' AND starts_at NOT IN (SELECT next_meeting_at FROM "
                                 "plan WHERE client_id = ? AND id <> ?)"));
    query.addBindValue(draft.id);
    query.addBindValue(draft.clientId);
    query.addBindValue(draft.id);
    return query.exec();
}

} // namespace kotoplan
