// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Retention.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace kotoplan {

// The cases whose retention period has ended, for the officer to erase.
class RetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        DateOfBirth,
        Plans,
        PeriodStarts,
        PeriodEnds,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
    };

    explicit RetentionModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RetentionCase &caseAt(int row) const { return m_rows.at(row); }
    int years() const { return m_years; }
    // Reads the list again for the period and the day (Clock::today() by the caller).
    void reload(int years, QDate today);

private:
    QSqlDatabase m_db;
    QList<RetentionCase> m_rows;
    int m_years = Retention::defaultYears;
};

} // namespace kotoplan
