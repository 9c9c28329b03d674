// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "models/CaseListModel.h"

#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/PlanSchedule.h"
#include "domain/SearchKey.h"
#include "storage/SqlValues.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

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

// One batch of rows by client id: the ids are bound, a short batch is padded with 0, which is
// no client's id, so the one prepared statement serves every batch.
QString rowSql()
{
    QStringList marks;
    for (int i = 0; i < CaseListModel::batchSize; ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("SELECT c.id, c.name, c.date_of_birth, p.id, p.drafted_on, p.kind, "
                          "p.status, p.next_meeting_at FROM client c ") +
           latestPlanJoin + QStringLiteral("WHERE c.id IN (%1)").arg(marks.join(QLatin1Char(',')));
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
    // What needs the officer today stands out: a review overdue in red, a meeting today in bold.
    const QDate today = Clock::today();
    const bool reviewOverdue =
        row.planId > 0 && row.status == PlanStatus::Signed &&
        PlanSchedule::evaluate(row.planDate, row.planDate, row.kind == PlanKind::First, today)
                .review == PlanSchedule::Review::Overdue;
    const bool meetingToday = row.nextMeeting.isValid() && row.nextMeeting.date() == today;
    if (role == Qt::ForegroundRole && index.column() == Status && reviewOverdue)
        return QColor(0xb0, 0x1c, 0x1c);
    if (role == Qt::FontRole && ((index.column() == Status && reviewOverdue) ||
                                 (index.column() == NextMeeting && meetingToday))) {
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
            return tr("Today %1").arg(dateText::displayTime(row.nextMeeting.time()));
        // Minutes are enough for a meeting: no seconds on screen.
        return dateText::displayDateTime(row.nextMeeting);
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
    return !parent.isValid() && m_rows.size() < m_matches.size();
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qsizetype from = m_rows.size();
    const QList<Row> rows = readRows(from, qMin<qsizetype>(batchSize, m_matches.size() - from));
    beginInsertRows({}, int(from), int(from + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int CaseListModel::rowOfClient(qint64 clientId)
{
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_keys.at(m_matches.at(i)).clientId != clientId)
            continue;
        while (m_rows.size() <= i)
            fetchMore();
        return int(i);
    }
    return -1;
}

void CaseListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    const SearchTerms before = SearchTerms::parse(m_search);
    const SearchTerms after = SearchTerms::parse(text);
    m_search = text;
    // Typing on narrows the matches: only those of the last keystroke need a look.
    const bool narrowing = !before.isEmpty() && before.birthPrefix.isEmpty() &&
                           after.birthPrefix.isEmpty() && after.nameKey.contains(before.nameKey);
    applySearch(narrowing);
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
    // Sorting by name or date of birth without a filter needs no plan: the cheap query.
    const bool needsPlan =
        m_filter != Filter::All || (m_sortColumn != Name && m_sortColumn != DateOfBirth);
    QString where;
    if (m_filter == Filter::Drafts)
        where = QStringLiteral("WHERE p.status = 'draft' ");
    if (m_filter == Filter::MeetingSoon)
        where = QStringLiteral("WHERE p.next_meeting_at >= ? AND p.next_meeting_at < ? ");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Ties in name order, as the index client_search holds them.
    const QString ties = m_sortColumn == Name
                             ? QStringLiteral("c.date_of_birth, c.id")
                             : QStringLiteral("c.search_key, c.date_of_birth, c.id");
    query.prepare(
        QStringLiteral("SELECT c.id, c.search_key, c.date_of_birth FROM client c %1%2"
                       "ORDER BY %3 %4, %5")
            .arg(needsPlan ? latestPlanJoin : QString(), where, sortExpression(m_sortColumn),
                 m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"),
                 ties));
    if (m_filter == Filter::MeetingSoon) {
        const QDate today = Clock::today();
        query.addBindValue(sql::fromDate(today));
        query.addBindValue(sql::fromDate(today.addDays(15)));
    }
    QList<Key> keys;
    if (query.exec()) {
        while (query.next())
            keys.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString()});
    }
    query.finish();
    m_keys = std::move(keys);
    // Prepared again each reload: a restored database is a new connection underneath.
    m_rowQuery = QSqlQuery(m_db);
    m_rowQuery.setForwardOnly(true);
    m_rowQuery.prepare(rowSql());
    applySearch(false);
}

void CaseListModel::applySearch(bool narrowing)
{
    const SearchTerms terms = SearchTerms::parse(m_search);
    QList<qsizetype> matches;
    if (terms.isEmpty()) {
        matches.reserve(m_keys.size());
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            matches.append(i);
    } else {
        const auto matching = [this, &terms, &matches](qsizetype i) {
            const Key &key = m_keys.at(i);
            if (key.searchKey.contains(terms.nameKey) ||
                (!terms.birthPrefix.isEmpty() && key.dateOfBirth.startsWith(terms.birthPrefix)))
                matches.append(i);
        };
        if (narrowing) {
            for (const qsizetype i : std::as_const(m_matches))
                matching(i);
        } else {
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                matching(i);
        }
    }
    beginResetModel();
    m_matches = std::move(matches);
    m_rows = readRows(0, qMin<qsizetype>(batchSize, m_matches.size()));
    endResetModel();
}

QList<CaseListModel::Row> CaseListModel::readRows(qsizetype from, qsizetype count)
{
    QList<Row> rows;
    if (count <= 0)
        return rows;
    for (int i = 0; i < batchSize; ++i)
        m_rowQuery.bindValue(i, i < count ? m_keys.at(m_matches.at(from + i)).clientId : 0);
    QHash<qint64, Row> read;
    if (m_rowQuery.exec()) {
        while (m_rowQuery.next()) {
            const qint64 id = m_rowQuery.value(0).toLongLong();
            read.insert(id, {id, m_rowQuery.value(1).toString(), sql::toDate(m_rowQuery.value(2)),
                             m_rowQuery.value(3).toLongLong(), sql::toDate(m_rowQuery.value(4)),
                             planKindFromKey(m_rowQuery.value(5).toString()),
                             planStatusFromKey(m_rowQuery.value(6).toString()),
                             sql::toDateTime(m_rowQuery.value(7))});
        }
    }
    // No statement stays open between batches: it would hold the database's snapshot.
    m_rowQuery.finish();
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 id = m_keys.at(m_matches.at(from + i)).clientId;
        // A client removed since the list was read keeps its place until the next reload.
        rows.append(read.value(id, Row{id, {}, {}, 0, {}, PlanKind::First, PlanStatus::Draft, {}}));
    }
    return rows;
}

} // namespace kotoplan
