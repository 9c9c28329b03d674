// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"

#include <QAbstractTableModel>

namespace kotoplan {

// The audit log as a table, newest first, narrowed by a filter.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Officer,
        OsUser,
        Action,
        ClientId,
        PlanId,
        ColumnCount
    };
    enum Role
    {
        ClientIdRole = Qt::UserRole + 1,
        PlanIdRole
    };

    explicit AuditLogModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Texts in the new UI language on QEvent::LanguageChange.
    bool event(QEvent *event) override;

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditFilter &filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    void reload();

private:
    AuditLog m_log;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
};

} // namespace kotoplan
