// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "stores/AuditLog.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace kotoplan {

// Owns the SQL of clients. One save is one transaction.
class ClientStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientStore)

public:
    explicit ClientStore(QSqlDatabase db);
    // A store that writes an audit line (created, changed) with every save it makes.
    ClientStore(QSqlDatabase db, AuditLog audit);

    // Inserts (id 0) or updates the client; refuses invalid values and stale copies.
    // On success the id and row version of `client` are brought up to date.
    StoreResult save(Client &client);
    // NotFound when there is no such client, Failed when it could not be read.
    Result<Client> load(qint64 id) const;
    // Clients whose name or date of birth matches the search text, by name: three queries
    // whatever their number.
    Result<QList<Client>> search(const QString &text) const;
    int count() const;

private:
    bool writeLists(const Client &client, QSqlError *error);
    // The clients `where` picks on the table aliased c, with `binds`, in `order`.
    Result<QList<Client>> readClients(const QString &where, const QVariantList &binds,
                                      const QString &order) const;
    QSqlDatabase m_db;
    std::optional<AuditLog> m_audit;
};

} // namespace kotoplan
