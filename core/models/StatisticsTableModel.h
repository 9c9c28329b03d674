// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QAbstractTableModel>

namespace kotoplan {

// One statistics table for a view: the label column, the counts, and the share where there is one.
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the row's key; the column's value key in the header
        NumberRole                  // the figure as a number (a double for the share)
    };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    void setTable(const StatisticsTable &table);
    const StatisticsTable &table() const { return m_table; }

private:
    StatisticsTable m_table;
};

} // namespace kotoplan
