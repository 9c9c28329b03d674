// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/CaseListModel.h"

#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/PlanSchedule.h"
#include "domain/SearchKey.h"
#include "storage/ClientSearch.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace kotoplan {

namespace {

// The latest plan of each client, by the day it was drawn up.
const QString latestPlanJoin =
    QStringLiteral("LEFT JOIN plan p ON p.id = (SELECT id FROM plan WHERE client_id = c.id "
                   "ORDER BY drafted_on DESC, id DESC LIMIT 1) ");

QString sortExpression(int column)
{
    switch (column) {
    case CaseListModel::DateOfBirth:
        return QStringLiteral("c.date_of_birth");
    case CaseListModel::PlanDate:
        return QStringLiteral("p.drafted_on");
    case CaseListModel::Kind:
        return QStringLiteral("p.kind");
    case CaseListModel::Status:
        return QStringLiteral("p.status");
    case CaseListModel::NextMeeting:
        return QStringLiteral("p.next_meeting_at");
    default:
        return QStringLiteral("c.search_key");
    }
}

const QString rowColumns =
    QStringLiteral("SELECT c.id, c.name, c.date_of_birth, p.id, p.drafted_on, p.kind, p.status, "
                   "p.next_meeting_at ");

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    return query;
}

} // namespace

CaseListModel::CaseListModel(QSqlDatabase db, QObject *parent)
    : ColumnTableModel(ColumnCount, parent)
    , m_db(std::move(db))
{
    reload();
}

int CaseListModel::rows() const
{
    return int(m_rows.size());
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ClientIdRole)
        return row.clientId;
    if (role == PlanIdRole)
        return row.planId;
    // Only the roles the list shows: the view asks for many more at each paint.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != Qt::FontRole)
        return {};
    // What needs the officer today stands out: a review overdue in red, a meeting today in bold.
    const QDate today = Clock::today();
    const bool reviewOverdue =
        index.column() == Status && row.planId > 0 && row.status == PlanStatus::Signed &&
        PlanSchedule::evaluate(row.planDate, row.planDate, row.kind == PlanKind::First, today)
                .review == PlanSchedule::Review::Overdue;
    const bool meetingToday = index.column() == NextMeeting && row.meetingDay == today;
    if (role == Qt::ForegroundRole && reviewOverdue)
        return QColor(0xb0, 0x1c, 0x1c);
    if (role == Qt::FontRole && (reviewOverdue || meetingToday)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case DateOfBirth:
        return dateText::displayDate(row.dateOfBirth);
    case PlanDate:
        return row.planId ? dateText::displayDate(row.planDate) : QString();
    case Kind:
        if (row.planId == 0)
            return tr("No plan yet");
        return row.kind == PlanKind::Review ? tr("Review") : tr("First plan");
    case Status:
        if (row.planId == 0)
            return QString();
        if (reviewOverdue)
            return tr("Signed, review overdue");
        return row.status == PlanStatus::Signed ? tr("Signed") : tr("Draft");
    case NextMeeting:
        if (meetingToday)
            return tr("Today %1").arg(dateText::displayTime(row.meetingTime));
        // Minutes are enough for a meeting: no seconds on screen.
        return dateText::displayDateTime(row.meetingDay, row.meetingTime);
    default:
        return {};
    }
}

QString CaseListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case PlanDate:
        return tr("Plan date");
    case Kind:
        return tr("Plan");
    case Status:
        return tr("Status");
    case NextMeeting:
        return tr("Next meeting");
    default:
        return {};
    }
}

QStringList CaseListModel::widestTexts(int column)
{
    // Digits are alike in width in most fonts, not in all: the widest a date can be.
    const QDate date(2028, 12, 28);
    const QTime time(20, 58);
    switch (column) {
    case DateOfBirth:
    case PlanDate:
        return {dateText::displayDate(date)};
    case Kind:
        return {tr("No plan yet"), tr("Review"), tr("First plan")};
    case Status:
        return {tr("Signed, review overdue"), tr("Signed"), tr("Draft")};
    case NextMeeting:
        return {dateText::displayDateTime(date, time),
                tr("Today %1").arg(dateText::displayTime(time))};
    default:
        return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    // The view sorts once as it is given the model: the rows are in that order already.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Row> rows = readRows(m_rows.size(), batchSize);
    if (!rows.isEmpty()) {
        const qsizetype from = m_rows.size();
        beginInsertRows({}, int(from), int(from + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    if (rows.size() < batchSize) {
        m_atEnd = true;
        m_matchCount = int(m_rows.size());
    }
}

int CaseListModel::rowOfClient(qint64 clientId)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).clientId == clientId)
            return int(i);
    }
    // Further down: where the client stands in the list, from the ids alone, then the rows up
    // to it (and to the end of its batch) in one read.
    const Selection list = selection(needsPlan());
    QSqlQuery query =
        prepared(m_db, QStringLiteral("SELECT c.id ") + list.from + list.order, list.bindings);
    qsizetype position = -1;
    if (query.exec()) {
        for (qsizetype i = 0; position < 0 && query.next(); ++i) {
            if (query.value(0).toLongLong() == clientId)
                position = i;
        }
    }
    query.finish();
    if (position < m_rows.size())
        return -1;
    const qsizetype from = m_rows.size();
    const QList<Row> rows = readRows(from, (position / batchSize + 1) * batchSize - from);
    if (rows.size() <= position - from)
        return -1;
    beginInsertRows({}, int(from), int(from + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    return int(position);
}

void CaseListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void CaseListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows = readRows(0, batchSize);
    // A first batch that is not full holds every match: no count needed.
    m_atEnd = m_rows.size() < batchSize;
    m_matchCount = m_atEnd ? int(m_rows.size()) : -1;
    endResetModel();
}

bool CaseListModel::needsPlan() const
{
    // Without a filter, sorting by name or date of birth needs no plan.
    return m_filter != Filter::All || (m_sortColumn != Name && m_sortColumn != DateOfBirth);
}

CaseListModel::Selection CaseListModel::selection(bool withPlan) const
{
    Selection list;
    list.from = QStringLiteral("FROM client c ");
    if (withPlan)
        list.from += latestPlanJoin;
    QStringList conditions;
    if (m_filter == Filter::Drafts)
        conditions.append(QStringLiteral("p.status = 'draft'"));
    if (m_filter == Filter::MeetingSoon) {
        conditions.append(QStringLiteral("p.next_meeting_at >= ? AND p.next_meeting_at < ?"));
        const QDate today = Clock::today();
        list.bindings = {sql::fromDate(today), sql::fromDate(today.addDays(15))};
    }
    const SearchTerms terms = SearchTerms::parse(m_search);
    if (!terms.isEmpty()) {
        const SqlCondition found =
            clientSearchCondition(terms, QStringLiteral("c"), SqlDialect(m_db));
        conditions.append(found.sql);
        list.bindings.append(found.bindings);
    }
    if (!conditions.isEmpty())
        list.from +=
            QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    // Ties in name order, as the index on the search key holds them.
    const QString ties = m_sortColumn == Name
                             ? QStringLiteral("c.date_of_birth, c.id")
                             : QStringLiteral("c.search_key, c.date_of_birth, c.id");
    // A client without a plan sorts before every plan on both engines, as SQLite has it
    // (PostgreSQL would put it after them).
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (m_sortColumn != Name && m_sortColumn != DateOfBirth)
        direction += ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    list.order =
        QStringLiteral("ORDER BY %1 %2, %3").arg(sortExpression(m_sortColumn), direction, ties);
    return list;
}

int CaseListModel::matchCount()
{
    if (m_matchCount >= 0)
        return m_matchCount;
    const Selection list = selection(m_filter != Filter::All);
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT COUNT(*) ") + list.from, list.bindings);
    const bool counted = query.exec() && query.next();
    // A count that fails is not kept: the rows read so far stand for it until the next try.
    const int count = counted ? query.value(0).toInt() : int(m_rows.size());
    query.finish();
    if (counted)
        m_matchCount = count;
    return count;
}

QList<CaseListModel::Row> CaseListModel::readRows(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    if (count <= 0)
        return rows;
    const QString page = QStringLiteral("LIMIT %1 OFFSET %2").arg(qint64(count)).arg(qint64(from));
    const bool withPlan = needsPlan();
    const Selection list = selection(withPlan);
    // In name or birth order the page's clients come from the index of the search key alone
    // (an index-only scan on PostgreSQL), their rows and latest plans are read for them only.
    QString statement = rowColumns + list.from + list.order + QLatin1Char(' ') + page;
    if (!withPlan)
        statement = rowColumns + QStringLiteral("FROM (SELECT c.id ") + list.from + list.order +
                    QLatin1Char(' ') + page +
                    QStringLiteral(") page JOIN client c ON c.id = page.id ") + latestPlanJoin +
                    list.order;
    QSqlQuery query = prepared(m_db, statement, list.bindings);
    if (query.exec()) {
        rows.reserve(count);
        while (query.next()) {
            const sql::DayAndTime meeting = sql::toDayAndTime(query.value(7));
            rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                         sql::toDate(query.value(2)), query.value(3).toLongLong(),
                         sql::toDate(query.value(4)), planKindFromKey(query.value(5).toString()),
                         planStatusFromKey(query.value(6).toString()), meeting.day, meeting.time});
        }
    }
    // No statement stays open between batches: it would hold the database's snapshot.
    query.finish();
    return rows;
}

} // namespace kotoplan
