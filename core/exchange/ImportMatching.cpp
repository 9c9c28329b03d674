// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/ImportMatching.h"

#include "domain/SearchKey.h"
#include "fields/ClientFields.h"
#include "storage/SqlValues.h"
#include "stores/ServiceCatalogue.h"

#include <QSqlQuery>

namespace kotoplan::importMatching {

qint64 existingClient(const QSqlDatabase &db, const Client &client)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id FROM client WHERE search_key = ? AND date_of_birth = ? ORDER BY id"));
    query.addBindValue(nameSearchKey(client.name));
    query.addBindValue(sql::fromDate(client.dateOfBirth));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<ClientDifference> differences(const Client &stored, const Client &inFile)
{
    QList<ClientDifference> found;
    for (const FieldSpec<Client> &field : ClientFields::all()) {
        const QString before = field.text(stored);
        const QString after = field.text(inFile);
        if (before != after)
            found.append({field.key, field.label, before, after});
    }
    return found;
}

Client withTaken(Client stored, const Client &inFile, const QStringList &keys)
{
    for (const FieldSpec<Client> &field : ClientFields::all()) {
        if (keys.contains(field.key) || keys.contains(QStringLiteral("all")))
            field.take(stored, inFile);
    }
    return stored;
}

void matchServices(const QSqlDatabase &db, Plan &plan)
{
    const QList<Service> local = ServiceCatalogue(db).list();
    for (SubGoal &subGoal : plan.subGoals) {
        subGoal.serviceId = 0;
        const QString measure = searchKey(subGoal.measure);
        if (measure.isEmpty())
            continue;
        for (const Service &service : local) {
            if (searchKey(service.nameFi) == measure || searchKey(service.nameSv) == measure ||
                searchKey(service.nameEn) == measure) {
                subGoal.serviceId = service.id;
                break;
            }
        }
    }
}

} // namespace kotoplan::importMatching
