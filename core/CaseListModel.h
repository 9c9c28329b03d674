// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Plan.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace kotoplan {

// One row a client, with the latest plan: the officer's case list. Searching, filtering and
// sorting run in the database, so the list stays quick with thousands of clients.
class CaseListModel : public QAbstractTableModel
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

    explicit CaseListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfClient(qint64 clientId) const;

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    void setFilter(Filter filter);
    // Reads the rows again, after a save elsewhere.
    void reload();

private:
    QSqlDatabase m_db;
    QList<Row> m_rows;
    QString m_search;
    Filter m_filter = Filter::All;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kotoplan
