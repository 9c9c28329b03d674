// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "models/ColumnTableModel.h"

#include <QSqlDatabase>

namespace kotoplan {

// Every version of one client's plan, newest first: the first plan, its reviews, a draft.
class PlanHistoryModel : public ColumnTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const Plan &planAt(int row) const { return m_plans.at(row); }
    void reload();
    // Why the plans could not be read at the last reload, in the user's language; empty when
    // they were.
    QString readError() const { return m_readError; }

private:
    int rows() const override;
    QString columnTitle(int column) const override;

    QSqlDatabase m_db;
    qint64 m_clientId;
    QList<Plan> m_plans;
    QString m_readError;
};

} // namespace kotoplan
