// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace kotoplan {

// What needs the officer's attention soon, one row a thing to do, soonest first: meetings in
// the next 14 days, reviews due or overdue, plans reaching their end, clients without a plan
// whose 3-year window closes within 90 days, missed meetings without a new one, and plans whose
// agreed services have no start date when the act's time to start them is over.
class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Name,
        What,
        DaysLeft,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        PlanIdRole,
        KindRole,
        DateRole,
    };
    enum class Kind
    {
        Meeting,
        ReviewDue,
        ReviewOverdue,
        PlanEnding,
        WindowClosing,
        MeetingMissed,      // the client did not come, and no new meeting is planned
        ServicesNotStarted, // the act's time to start a service passed with no start date
    };
    Q_ENUM(Kind)

    static constexpr int meetingDays = 14;
    static constexpr int windowDays = 90;

    struct Row
    {
        Kind kind = Kind::Meeting;
        QDateTime when; // the date, with the time for a meeting
        qint64 clientId = 0;
        QString name;
        qint64 planId = 0; // 0 for a client without a plan
    };

    explicit FollowUpModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    static QString kindLabel(Kind kind);
    // Days to a date in words: "Today", "14 days", "698 days overdue".
    static QString daysText(qint64 days);
    // Reads the rows again for today (Clock::today()).
    void reload();

private:
    void addMeetings(QList<Row> &rows, QDate today) const;
    void addSchedules(QList<Row> &rows, QDate today) const;
    void addClosingWindows(QList<Row> &rows, QDate today) const;
    void addMissedMeetings(QList<Row> &rows) const;
    void addServicesNotStarted(QList<Row> &rows, QDate today) const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace kotoplan
