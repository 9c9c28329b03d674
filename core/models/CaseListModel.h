// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "models/ColumnTableModel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>

namespace kotoplan {

// One row a client, with the latest plan: the officer's case list. It stays instant with a
// hundred thousand clients: the filter, the search and the order run in the database, which
// reads the rows a batch at a time as the view scrolls to them (fetchMore), in the order of
// an index; nothing is read for the clients not shown but their count.
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
        QDate meetingDay; // the next meeting on the wall clock, invalid when none is set
        QTime meetingTime;
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

    // Every client that matches the search and the filter, read or not yet: counted in the
    // database (a scan of the clients when searching) unless the rows read are all of them.
    int matchCount();
    // Whether matchCount() is known without asking the database.
    bool matchCountKnown() const { return m_matchCount >= 0; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // The client's row, reading rows up to it when needed; -1 when the client does not match.
    int rowOfClient(qint64 clientId);

    // The widest texts a column can show, in the UI language: the view sizes its columns from
    // them once rather than measuring the rows at every keystroke. Empty for the name.
    static QStringList widestTexts(int column);
    // Whether the column shows some of its texts in bold (the marks of what needs the officer).
    static bool hasBoldTexts(int column) { return column == Status || column == NextMeeting; }

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    void setFilter(Filter filter);
    // Reads the clients again, after a save elsewhere.
    void reload();

private:
    // The rows read so far (rowCount()); matchCount() is how many there are in all.
    int rows() const override;
    QString columnTitle(int column) const override;

    // The clients of the filter and the search: the FROM and WHERE of every query the list
    // runs, with its values to bind, and the list's ORDER BY.
    struct Selection
    {
        QString from;
        QVariantList bindings;
        QString order;
    };
    Selection selection(bool withPlan) const;
    bool needsPlan() const;
    QList<Row> readRows(qsizetype from, qsizetype count);

    QSqlDatabase m_db;
    QList<Row> m_rows;     // the first matches, read so far
    bool m_atEnd = true;   // m_rows holds every match
    int m_matchCount = -1; // -1 until counted
    QString m_search;
    Filter m_filter = Filter::All;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kotoplan
