// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ClientStore.h"

#include "domain/ClientCodes.h"
#include "domain/Clock.h"
#include "domain/SearchKey.h"
#include "storage/SqlDialect.h"
#include "storage/SqlFailure.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kotoplan {

namespace {

const QString selectClient = QStringLiteral(
    "SELECT id, name, date_of_birth, contact_language, address, postal_code, post_office, phone, "
    "email, arrived_in_finland, first_permit_date, row_version FROM client ");

Client clientFrom(const QSqlQuery &query)
{
    Client client;
    client.id = query.value(0).toLongLong();
    client.name = query.value(1).toString();
    client.dateOfBirth = sql::toDate(query.value(2));
    client.contactLanguage = query.value(3).toString();
    client.address = query.value(4).toString();
    client.postalCode = query.value(5).toString();
    client.postOffice = query.value(6).toString();
    client.phone = query.value(7).toString();
    client.email = query.value(8).toString();
    client.arrivedInFinland = YearMonth::fromIso(query.value(9).toString());
    client.firstPermitDate = sql::toDate(query.value(10));
    client.rowVersion = query.value(11).toInt();
    return client;
}

QStringList readList(const QSqlDatabase &db, const QString &sqlText, qint64 clientId)
{
    QSqlQuery query(db);
    query.prepare(sqlText);
    query.addBindValue(clientId);
    QStringList values;
    if (query.exec()) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
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

    const QString now = sql::timestamp(Clock::now());
    QSqlQuery query(m_db);
    if (client.id == 0) {
        // Never the id of an erased client: the audit log's lines still name it.
        query.prepare(
            QStringLiteral("INSERT INTO client (id, name, search_key, date_of_birth, "
                           "contact_language, address, postal_code, post_office, phone, email, "
                           "arrived_in_finland, first_permit_date, created_at, updated_at, "
                           "row_version) "
                           "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .arg(
                    SqlDialect(m_db).newId(QStringLiteral("client"), QStringLiteral("client_id"))) +
            SqlDialect(m_db).returningId());
    } else {
        query.prepare(QStringLiteral(
            "UPDATE client SET name = ?, search_key = ?, date_of_birth = ?, contact_language = ?, "
            "address = ?, postal_code = ?, post_office = ?, phone = ?, email = ?, "
            "arrived_in_finland = ?, first_permit_date = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    }
    query.addBindValue(client.name.trimmed());
    query.addBindValue(nameSearchKey(client.name));
    query.addBindValue(sql::fromDate(client.dateOfBirth));
    query.addBindValue(sql::text(client.contactLanguage));
    query.addBindValue(sql::text(client.address));
    query.addBindValue(sql::text(client.postalCode));
    query.addBindValue(sql::text(client.postOffice));
    query.addBindValue(sql::text(client.phone.trimmed()));
    query.addBindValue(sql::text(client.email.trimmed()));
    query.addBindValue(sql::text(client.arrivedInFinland.toIso()));
    query.addBindValue(sql::fromDate(client.firstPermitDate));
    if (client.id == 0) {
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        query.addBindValue(now);
        query.addBindValue(client.id);
        query.addBindValue(client.rowVersion);
    }
    if (!query.exec())
        return SqlFailure::result(query.lastError(), tr("The client could not be saved."));

    Client stored = client;
    stored.name = client.name.trimmed();
    stored.phone = client.phone.trimmed();
    stored.email = client.email.trimmed();
    if (client.id == 0) {
        stored.id = SqlDialect(m_db).insertedId(query);
        stored.rowVersion = 1;
    } else {
        if (query.numRowsAffected() != 1) {
            const bool exists = load(client.id).has_value();
            return exists ? StoreResult{StoreResult::Status::Conflict,
                                        tr("Someone else changed this client in the meantime."),
                                        {}}
                          : StoreResult{StoreResult::Status::NotFound,
                                        tr("The client no longer exists."),
                                        {}};
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
    struct ListTable
    {
        QString table;
        QString column;
        const QStringList &values;
    };
    const ListTable lists[] = {
        {QStringLiteral("client_mother_tongue"), QStringLiteral("language"), client.motherTongues},
        {QStringLiteral("client_citizenship"), QStringLiteral("country"), client.citizenships},
    };
    QSqlQuery query(m_db);
    for (const ListTable &list : lists) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE client_id = ?").arg(list.table));
        query.addBindValue(client.id);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
        query.prepare(QStringLiteral("INSERT INTO %1 (client_id, position, %2) VALUES (?, ?, ?)")
                          .arg(list.table, list.column));
        for (qsizetype i = 0; i < list.values.size(); ++i) {
            query.addBindValue(client.id);
            query.addBindValue(int(i));
            query.addBindValue(sql::text(list.values.at(i)));
            if (!query.exec()) {
                *error = query.lastError();
                return false;
            }
        }
    }
    return true;
}

std::optional<Client> ClientStore::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectClient + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Client client = clientFrom(query);
    client.motherTongues = readList(
        m_db,
        QStringLiteral(
            "SELECT language FROM client_mother_tongue WHERE client_id = ? ORDER BY position"),
        id);
    client.citizenships = readList(
        m_db,
        QStringLiteral(
            "SELECT country FROM client_citizenship WHERE client_id = ? ORDER BY position"),
        id);
    return client;
}

QList<Client> ClientStore::search(const QString &text) const
{
    const SearchTerms terms = SearchTerms::parse(text);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id FROM client c WHERE ") +
                  SearchTerms::condition(QStringLiteral("c")) +
                  QStringLiteral(" ORDER BY c.search_key, c.date_of_birth, c.id"));
    query.addBindValue(terms.namePattern());
    query.addBindValue(terms.birthPattern());
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<Client> clients;
    for (const qint64 id : ids) {
        if (std::optional<Client> client = load(id))
            clients.append(*client);
    }
    return clients;
}

int ClientStore::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM client")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace kotoplan
