// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ClientStore.h"

#include "domain/ClientCodes.h"
#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "fields/ClientFields.h"
#include "storage/ClientSearch.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/FieldColumns.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

const QList<FieldSpec<Client>> &clientFields()
{
    return ClientFields::rules();
}

// The client's columns in the order of the field table, with the search key after them.
QStringList clientColumns()
{
    return fieldColumns::columns(clientFields()) + QStringList{QStringLiteral("search_key")};
}

QString selectClient()
{
    return QStringLiteral("SELECT id, %1, row_version FROM client c ")
        .arg(fieldColumns::columns(clientFields()).join(QStringLiteral(", ")));
}

Client clientFrom(const QSqlQuery &query)
{
    Client client;
    client.id = query.value(0).toLongLong();
    const int last = fieldColumns::read(clientFields(), client, query, 1);
    client.rowVersion = query.value(last).toInt();
    return client;
}

// What is stored of what was typed: the name, phone and e-mail without spaces around them.
Client trimmed(const Client &client)
{
    Client stored = client;
    stored.name = client.name.trimmed();
    stored.phone = client.phone.trimmed();
    stored.email = client.email.trimmed();
    return stored;
}

} // namespace

ClientStore::ClientStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

ClientStore::ClientStore(QSqlDatabase db, AuditLog audit)
    : m_db(std::move(db))
    , m_audit(std::move(audit))
{}

StoreResult ClientStore::save(Client &client)
{
    const Problems problems = Validation::check(client, Clock::today());
    if (!problems.isEmpty())
        return {StoreResult::Status::Invalid, tr("The client's details have errors."), problems};
    // Codes, not words: "Vietnamese" is stored as vi, 040 123 4567 as +358401234567.
    client = clientCodes::normalised(client);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return SqlFailure::result(transaction.lastError(), tr("The client could not be saved."));

    Client stored = trimmed(client);
    const QStringList columns = clientColumns();
    const QVariantList values = fieldColumns::values(clientFields(), stored)
                                << QVariant(nameSearchKey(client.name));
    QSqlQuery query(m_db);
    fieldColumns::prepareSave(query, m_db, QStringLiteral("client"), columns, values, client.id,
                              client.rowVersion);
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The client could not be saved."));

    if (client.id == 0) {
        stored.id = SqlDialect(m_db).insertedId(query);
        stored.rowVersion = 1;
    } else {
        if (query.numRowsAffected() != 1) {
            query.finish();
            const Result<Client> current = load(client.id);
            return current ? StoreResult{StoreResult::Status::Conflict,
                                         tr("Someone else changed this client in the meantime.")}
                           : StoreResult::failureOf(current);
        }
        stored.rowVersion = client.rowVersion + 1;
    }
    query.finish();
    QSqlError error;
    const AuditAction action = client.id == 0 ? AuditAction::Created : AuditAction::Changed;
    if (!writeLists(stored, &error))
        return SqlFailure::result(error, tr("The client could not be saved."));
    if (m_audit && !m_audit->append(action, stored.id))
        return {StoreResult::Status::Failed, tr("The client could not be saved."), {}};
    if (!transaction.commit())
        return SqlFailure::result(transaction.lastError(), tr("The client could not be saved."));
    client = stored;
    return {};
}

bool ClientStore::writeLists(const Client &client, QSqlError *error)
{
    // The lists of the field table, each in a table of its own, one item a row.
    QSqlQuery query(m_db);
    for (const FieldSpec<Client> &field : clientFields()) {
        if (field.rowTable.isEmpty())
            continue;
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE client_id = ?").arg(field.rowTable));
        query.addBindValue(client.id);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        query.prepare(QStringLiteral("INSERT INTO %1 (client_id, position, %2) VALUES (?, ?, ?)")
                          .arg(field.rowTable, field.columns.constFirst()));
        const QStringList values = field.get(client).toStringList();
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.addBindValue(client.id);
            query.addBindValue(int(i));
            query.addBindValue(sql::text(values.at(i)));
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
        }
    }
    return true;
}

Result<QList<Client>> ClientStore::readClients(const QString &where, const QVariantList &binds,
                                               const QString &order) const
{
    const auto failed = [](const QSqlError &error) {
        return Result<QList<Client>>::failureOf(
            SqlFailure::result(error, tr("The clients could not be read.")));
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectClient() + QStringLiteral("WHERE %1 ORDER BY %2").arg(where, order));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return failed(query.lastError());
    QList<Client> clients;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        clients.append(clientFrom(query));
        index.insert(clients.constLast().id, clients.size() - 1);
    }
    if (clients.isEmpty())
        return clients;
    // The lists of the field table, each in a table of its own: one query a list, whatever the
    // number of clients.
    for (const FieldSpec<Client> &field : clientFields()) {
        if (field.rowTable.isEmpty())
            continue;
        query.prepare(QStringLiteral("SELECT client_id, %1 FROM %2 WHERE client_id IN "
                                     "(SELECT c.id FROM client c WHERE %3) "
                                     "ORDER BY client_id, position")
                          .arg(field.columns.constFirst(), field.rowTable, where));
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec())
            return failed(query.lastError());
        QHash<qint64, QStringList> lists;
        while (query.next())
            lists[query.value(0).toLongLong()].append(query.value(1).toString());
        for (auto it = lists.constBegin(); it != lists.constEnd(); ++it) {
            if (const qsizetype i = index.value(it.key(), -1); i >= 0)
                field.set(clients[i], it.value());
        }
    }
    return clients;
}

Result<Client> ClientStore::load(qint64 id) const
{
    const Result<QList<Client>> clients =
        readClients(QStringLiteral("c.id = ?"), {id}, QStringLiteral("c.id"));
    if (!clients)
        return Result<Client>::failureOf(clients);
    if (clients->isEmpty())
        return {Result<Client>::Status::NotFound, tr("The client no longer exists.")};
    return clients->constFirst();
}

Result<QList<Client>> ClientStore::search(const QString &text) const
{
    const SqlCondition found =
        clientSearchCondition(SearchTerms::parse(text), QStringLiteral("c"), SqlDialect(m_db));
    return readClients(found.sql, found.bindings,
                       QStringLiteral("c.search_key, c.date_of_birth, c.id"));
}

int ClientStore::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM client")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace kotoplan
