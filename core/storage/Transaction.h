// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace kotoplan {

// A write transaction that rolls back unless commit() succeeded: every write goes through one,
// so a failed save leaves the database as it was. Transactions nest: an inner one is a savepoint,
// so a store's save can be part of a larger whole (an import saves a client and a plan at once).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    // Why BEGIN or COMMIT failed: a full disk often shows only at COMMIT.
    QSqlError lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
    int m_depth = 0; // 0 for the outermost transaction of the connection
};

} // namespace kotoplan
