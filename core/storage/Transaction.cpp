// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/Transaction.h"

#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

namespace kotoplan {

namespace {
// Open transactions per connection; connections belong to one thread each.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> open;
    return open;
}

QString savepoint(int depth)
{
    return QStringLiteral("kotoplan_%1").arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(depths().value(m_db.connectionName()))
{
    QSqlQuery query(m_db);
    if (m_depth > 0) {
        m_active = query.exec(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    } else {
        m_active = query.exec(SqlDialect(m_db).beginStatement());
    }
    if (!m_active)
        m_error = query.lastError();
    if (m_active)
        depths()[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_depth > 0) {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        query.exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    depths()[m_db.connectionName()] = m_depth;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    const bool done = m_depth > 0 ? query.exec(QStringLiteral("RELEASE ") + savepoint(m_depth))
                                  : query.exec(QStringLiteral("COMMIT"));
    if (!done) {
        m_error = query.lastError();
        return false; // the destructor rolls back
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth;
    return true;
}

} // namespace kotoplan
