// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "models/ColumnTableModel.h"
#include "stores/Retention.h"

#include <QSqlDatabase>

namespace kotoplan {

// The cases whose retention period has ended, for the officer to erase.
class RetentionModel : public ColumnTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const RetentionCase &caseAt(int row) const { return m_rows.at(row); }
    int years() const { return m_years; }
    // Reads the list again for the period and the day (Clock::today() by the caller).
    void reload(int years, QDate today);

private:
    int rows() const override;
    QString columnTitle(int column) const override;

    QSqlDatabase m_db;
    QList<RetentionCase> m_rows;
    int m_years = Retention::defaultYears;
};

} // namespace kotoplan
