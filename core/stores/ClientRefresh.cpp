// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ClientRefresh.h"

#include "domain/ClientCodes.h"
#include "domain/SearchKey.h"
#include "storage/Transaction.h"
#include "stores/ClientStore.h"

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace kotoplan {

namespace {

// Every row of a table as (key columns…, value), the value last.
QList<QVariantList> rows(QSqlDatabase db, const QString &select)
{
    QList<QVariantList> all;
    QSqlQuery query(db);
    if (!query.exec(select))
        return all;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column));
        all.append(row);
    }
    return all;
}

// Writes the function's value for each row whose value it changes.
bool rewrite(QSqlDatabase db, const QString &select, const QString &update,
             QString (*change)(const QString &))
{
    QSqlQuery query(db);
    query.prepare(update);
    for (const QVariantList &row : rows(db, select)) {
        const QString before = row.constLast().toString();
        const QString after = change(before);
        if (after == before)
            continue;
        query.addBindValue(after);
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            query.addBindValue(row.at(column));
        if (!query.exec())
            return false;
    }
    return true;
}

QString contactLanguage(const QString &text)
{
    return text.trimmed().isEmpty() ? text : clientCodes::language(text);
}

} // namespace

QList<std::pair<qint64, QStringList>> clientsToFix(QSqlDatabase db)
{
    QList<std::pair<qint64, QStringList>> found;
    const ClientStore clients(db);
    for (const QVariantList &row : rows(db, QStringLiteral("SELECT id FROM client ORDER BY id"))) {
        const qint64 id = row.constFirst().toLongLong();
        if (const Result<Client> client = clients.load(id)) {
            const QStringList values = clientCodes::uncoded(*client);
            if (!values.isEmpty())
                found.append({id, values});
        }
    }
    return found;
}

bool refreshClientsIfRequested(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM client_refresh")) || !query.next())
        return false;
    if (query.value(0).toInt() == 0)
        return true;
    query.finish();

    Transaction transaction(db);
    if (!transaction.isActive())
        return false;
    const bool written =
        rewrite(db, QStringLiteral("SELECT id, name FROM client"),
                QStringLiteral("UPDATE client SET search_key = ? WHERE id = ?"), &nameSearchKey) &&
        rewrite(db, QStringLiteral("SELECT id, contact_language FROM client"),
                QStringLiteral("UPDATE client SET contact_language = ? WHERE id = ?"),
                &contactLanguage) &&
        rewrite(db, QStringLiteral("SELECT id, phone FROM client"),
                QStringLiteral("UPDATE client SET phone = ? WHERE id = ?"), &clientCodes::phone) &&
        rewrite(db,
                QStringLiteral("SELECT client_id, position, language FROM client_mother_tongue"),
                QStringLiteral("UPDATE client_mother_tongue SET language = ? "
                               "WHERE client_id = ? AND position = ?"),
                &clientCodes::language) &&
        rewrite(db, QStringLiteral("SELECT client_id, position, country FROM client_citizenship"),
                QStringLiteral("UPDATE client_citizenship SET country = ? "
                               "WHERE client_id = ? AND position = ?"),
                &clientCodes::country);
    if (!written || !query.exec(QStringLiteral("DELETE FROM client_refresh")))
        return false;
    return transaction.commit();
}

} // namespace kotoplan
