// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Transaction.h"

#include <QSqlQuery>

namespace kotoplan {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // SQLite: take the write lock at the start, so two writers wait for each other instead of
    // failing half-way when a read lock cannot be upgraded.
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery query(m_db);
    m_active = query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!m_active)
        m_error = query.lastError();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError();
        return false; // the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace kotoplan
