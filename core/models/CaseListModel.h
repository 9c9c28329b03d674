// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "models/ColumnTableModel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace kotoplan {

// One row a client, with the latest plan: the officer's case list. It stays instant with tens
// of thousands of clients: filtering and sorting run in the database; the search as the officer
// types runs over the clients' search keys held in memory, without a query per keystroke; and
// the rows themselves are read a batch at a time, as the view scrolls to them (fetchMore).
class CaseListModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DateOfBirth,
        PlanDate,
        Kind,
        Status,
        NextMeeting,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        PlanIdRole
    };

    struct Row
    {
        qint64 clientId = 0;
        QString name;
        QDate dateOfBirth;
        qint64 planId = 0; // 0 when the client has no plan yet
        QDate planDate;
        PlanKind kind = PlanKind::First;
        PlanStatus status = PlanStatus::Draft;
        QDateTime nextMeeting;
    };

    enum class Filter
    {
        All,
        Drafts,
        MeetingSoon
    };
    Q_ENUM(Filter)

    // Rows read from the database at a time.
    static constexpr int batchSize = 100;

    explicit CaseListModel(QSqlDatabase db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Every client that matches the search and the filter, read or not yet.
    int matchCount() const { return int(m_matches.size()); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // The client's row, reading rows up to it when needed; -1 when the client does not match.
    int rowOfClient(qint64 clientId);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    void setFilter(Filter filter);
    // Reads the clients again, after a save elsewhere.
    void reload();

private:
    // The rows read so far (rowCount()); matchCount() is how many there are in all.
    int rows() const override;
    QString columnTitle(int column) const override;

    // A client as the search sees it, in the order of the list.
    struct Key
    {
        qint64 clientId = 0;
        QString searchKey;
        QString dateOfBirth; // ISO, as stored
    };

    void applySearch(bool narrowing);
    QList<Row> readRows(qsizetype from, qsizetype count);

    QSqlDatabase m_db;
    QSqlQuery m_rowQuery;       // prepared once: one batch of rows by client id
    QList<Key> m_keys;          // every client of the filter, sorted
    QList<qsizetype> m_matches; // indexes into m_keys that match the search
    QList<Row> m_rows;          // the first rows of m_matches, read so far
    QString m_search;
    Filter m_filter = Filter::All;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kotoplan
