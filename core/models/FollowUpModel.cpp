// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/FollowUpModel.h"

#include "i18n/Translations.h"

#include <QEvent>

#include "domain/Clock.h"
#include "domain/Eligibility.h"
#include "domain/PlanSchedule.h"
#include "domain/RuleSet.h"
#include "storage/SqlValues.h"

#include "domain/DateText.h"

#include <QColor>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace kotoplan {

FollowUpModel::FollowUpModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Meeting:
        return tr("Meeting");
    case Kind::ReviewDue:
        return tr("Review due");
    case Kind::ReviewOverdue:
        return tr("Review overdue");
    case Kind::PlanEnding:
        return tr("Plan period ends");
    case Kind::WindowClosing:
        return tr("3-year window closes, no plan");
    case Kind::MeetingMissed:
        return tr("Missed meeting, no new one planned");
    case Kind::ServicesNotStarted:
        return tr("Services not started in time");
    }
    return {};
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ClientIdRole:
        return row.clientId;
    case PlanIdRole:
        return row.planId;
    case KindRole:
        return QVariant::fromValue(row.kind);
    case DateRole:
        return row.when.date();
    case Qt::ForegroundRole:
        // Overdue in red, so that it is seen before it is read.
        if (index.column() == DaysLeft && m_today.daysTo(row.when.date()) < 0)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Date:
        if (row.kind == Kind::Meeting)
            return dateText::displayDateTime(row.when);
        return dateText::displayDate(row.when.date());
    case Name:
        return row.name;
    case What:
        return kindLabel(row.kind);
    case DaysLeft:
        return daysText(m_today.daysTo(row.when.date()));
    default:
        return {};
    }
}

QString FollowUpModel::daysText(qint64 days)
{
    // In words, not "-698": how long ago it was due, or how long there is still.
    const QLocale locale;
    if (days == 0)
        return tr("Today");
    if (days == -1)
        return tr("1 day overdue");
    if (days < 0)
        return tr("%1 days overdue").arg(locale.toString(-days));
    if (days == 1)
        return tr("1 day");
    return tr("%1 days").arg(locale.toString(days));
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Name:
        return tr("Name");
    case What:
        return tr("What");
    case DaysLeft:
        return tr("Days left");
    default:
        return {};
    }
}

void FollowUpModel::reload()
{
    const QDate today = Clock::today();
    QList<Row> rows;
    addMeetings(rows, today);
    addSchedules(rows, today);
    addClosingWindows(rows, today);
    addMissedMeetings(rows);
    addServicesNotStarted(rows, today);
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.when != b.when)
            return a.when < b.when;
        return a.name < b.name;
    });
    beginResetModel();
    m_today = today;
    m_rows = std::move(rows);
    endResetModel();
}

void FollowUpModel::addMeetings(QList<Row> &rows, QDate today) const
{
    // Only the latest plan's meeting is still planned; older versions keep theirs as history.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, p.id, p.next_meeting_at FROM client c JOIN plan p ON p.id = "
        "(SELECT id FROM plan WHERE client_id = c.id ORDER BY drafted_on DESC, id DESC LIMIT 1) "
        "WHERE p.next_meeting_at >= ? AND p.next_meeting_at < ?"));
    query.addBindValue(sql::fromDate(today));
    query.addBindValue(sql::fromDate(today.addDays(meetingDays + 1)));
    if (!query.exec())
        return;
    while (query.next()) {
        rows.append({Kind::Meeting, sql::toDateTime(query.value(3)), query.value(0).toLongLong(),
                     query.value(1).toString(), query.value(2).toLongLong()});
    }
}

void FollowUpModel::addSchedules(QList<Row> &rows, QDate today) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.name, MIN(p.drafted_on), MAX(p.drafted_on), COUNT(*), "
            "(SELECT id FROM plan WHERE client_id = c.id AND status = 'signed' "
            "ORDER BY drafted_on DESC, id DESC LIMIT 1) "
            "FROM client c JOIN plan p ON p.client_id = c.id WHERE p.status = 'signed' "
            "GROUP BY c.id, c.name")))
        return;
    while (query.next()) {
        const PlanSchedule schedule =
            PlanSchedule::evaluate(sql::toDate(query.value(2)), sql::toDate(query.value(3)),
                                   query.value(4).toInt() == 1, today);
        const qint64 clientId = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        const qint64 planId = query.value(5).toLongLong();
        // Once the plans' time is over there is nothing left to review.
        const bool inForce = today <= schedule.plansEnd;
        if (inForce && schedule.review == PlanSchedule::Review::Due)
            rows.append(
                {Kind::ReviewDue, schedule.nextReviewDue.startOfDay(), clientId, name, planId});
        if (inForce && schedule.review == PlanSchedule::Review::Overdue)
            rows.append(
                {Kind::ReviewOverdue, schedule.nextReviewDue.startOfDay(), clientId, name, planId});
        if (schedule.endingSoon)
            rows.append(
                {Kind::PlanEnding, schedule.currentPlanEnds.startOfDay(), clientId, name, planId});
    }
}

void FollowUpModel::addClosingWindows(QList<Row> &rows, QDate today) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.id, c.name, c.first_permit_date FROM client c "
                                   "WHERE c.first_permit_date <> '' AND NOT EXISTS "
                                   "(SELECT 1 FROM plan p WHERE p.client_id = c.id)")))
        return;
    while (query.next()) {
        const Eligibility eligibility = Eligibility::evaluate(sql::toDate(query.value(2)), today);
        if (eligibility.eligible && eligibility.daysLeft <= windowDays)
            rows.append({Kind::WindowClosing, eligibility.deadline.startOfDay(),
                         query.value(0).toLongLong(), query.value(1).toString(), 0});
    }
}

void FollowUpModel::addMissedMeetings(QList<Row> &rows) const
{
    // The client's last missed meeting with nothing held or planned after it.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.name, m.starts_at, (SELECT id FROM plan WHERE client_id = c.id "
            "ORDER BY drafted_on DESC, id DESC LIMIT 1) FROM meeting m JOIN client c ON c.id = "
            "m.client_id WHERE m.attendance = 'no-show' AND NOT EXISTS (SELECT 1 FROM meeting n "
            "WHERE n.client_id = m.client_id AND n.starts_at > m.starts_at AND n.attendance <> "
            "'cancelled')")))
        return;
    while (query.next()) {
        rows.append({Kind::MeetingMissed, sql::toDateTime(query.value(2)),
                     query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(3).toLongLong()});
    }
}

void FollowUpModel::addServicesNotStarted(QList<Row> &rows, QDate today) const
{
    // The latest signed plan with a sub-goal whose service has no start date, once the act's
    // time to start it (RuleSet::servicesStartMonths from the signing) is over; until the review
    // is due, which takes it up.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, p.id, p.drafted_on, p.signed_on FROM client c JOIN plan p ON p.id = "
        "(SELECT id FROM plan WHERE client_id = c.id AND status = 'signed' ORDER BY drafted_on "
        "DESC, id DESC LIMIT 1) WHERE p.drafted_on >= ? AND EXISTS (SELECT 1 FROM plan_sub_goal s "
        "WHERE s.plan_id = p.id AND (s.measure <> '' OR s.service_id IS NOT NULL) AND "
        "(s.started_on IS NULL OR s.started_on = ''))"));
    query.addBindValue(sql::fromDate(today.addYears(-1)));
    if (!query.exec())
        return;
    while (query.next()) {
        const QDate drafted = sql::toDate(query.value(3));
        const QDate signedOn = sql::toDate(query.value(4));
        const RuleSet &rules = RuleSet::forDate(drafted);
        const QDate due =
            (signedOn.isValid() ? signedOn : drafted).addMonths(rules.servicesStartMonths);
        if (due < today && today < drafted.addMonths(rules.reviewIntervalMonths))
            rows.append({Kind::ServicesNotStarted, due.startOfDay(), query.value(0).toLongLong(),
                         query.value(1).toString(), query.value(2).toLongLong()});
    }
}

bool FollowUpModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
