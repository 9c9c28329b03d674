// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CaseListModel.h"

#include "Translations.h"

#include <QEvent>

#include "Clock.h"
#include "DateText.h"
#include "SearchKey.h"
#include "SqlValues.h"

#include <QLocale>
#include <QSqlQuery>

namespace kotoplan {

namespace {
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
} // namespace

CaseListModel::CaseListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        return row.status == PlanStatus::Signed ? tr("Signed") : tr("Draft");
    case NextMeeting:
        // Minutes are enough for a meeting: no seconds on screen.
        return dateText::displayDateTime(row.nextMeeting);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

int CaseListModel::rowOfClient(qint64 clientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).clientId == clientId)
            return i;
    }
    return -1;
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
    const SearchTerms terms = SearchTerms::parse(m_search);
    QString where = QStringLiteral("WHERE 1 = 1 ");
    if (!terms.isEmpty())
        where +=
            QStringLiteral("AND ") + SearchTerms::condition(QStringLiteral("c")) + QLatin1Char(' ');
    if (m_filter == Filter::Drafts)
        where += QStringLiteral("AND p.status = 'draft' ");
    if (m_filter == Filter::MeetingSoon)
        where += QStringLiteral("AND p.next_meeting_at >= ? AND p.next_meeting_at < ? ");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT c.id, c.name, c.date_of_birth, p.id, p.drafted_on, p.kind, p.status, "
            "p.next_meeting_at FROM client c LEFT JOIN plan p ON p.id = (SELECT id FROM plan "
            "WHERE client_id = c.id ORDER BY drafted_on DESC, id DESC LIMIT 1) %1"
            "ORDER BY %2 %3, c.search_key, c.id")
            .arg(where, sortExpression(m_sortColumn),
                 m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                   : QStringLiteral("DESC")));
    if (!terms.isEmpty()) {
        query.addBindValue(terms.namePattern());
        query.addBindValue(terms.birthPattern());
    }
    if (m_filter == Filter::MeetingSoon) {
        const QDate today = Clock::today();
        query.addBindValue(sql::fromDate(today));
        query.addBindValue(sql::fromDate(today.addDays(15)));
    }

    QList<Row> rows;
    if (query.exec()) {
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                         sql::toDate(query.value(2)), query.value(3).toLongLong(),
                         sql::toDate(query.value(4)), planKindFromKey(query.value(5).toString()),
                         planStatusFromKey(query.value(6).toString()),
                         sql::toDateTime(query.value(7))});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool CaseListModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        translations::refreshTexts(this);
    return QAbstractTableModel::event(event);
}

} // namespace kotoplan
