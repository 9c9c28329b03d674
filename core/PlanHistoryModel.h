// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Plan.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace kotoplan {

// Every version of one client's plan, newest first: the first plan, its reviews, a draft.
class PlanHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PlanDate,
        Kind,
        Status,
        SignedOn,
        SignedBy,
        ColumnCount
    };
    enum Role
    {
        PlanIdRole = Qt::UserRole + 1,
    };

    PlanHistoryModel(QSqlDatabase db, qint64 clientId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    const Plan &planAt(int row) const { return m_plans.at(row); }
    void reload();

private:
    QSqlDatabase m_db;
    qint64 m_clientId;
    QList<Plan> m_plans;
};

} // namespace kotoplan
