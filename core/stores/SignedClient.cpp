// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/SignedClient.h"

#include "exchange/PlanJson.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kotoplan::signedClient {

QString snapshot(const Client &client, const Plan &plan)
{
    ExchangeEnvelope envelope;
    envelope.exportedAt = QDateTime::currentDateTimeUtc();
    return QString::fromUtf8(
        QJsonDocument(PlanJson::write(client, plan, envelope)).toJson(QJsonDocument::Compact));
}

std::optional<Client> load(const QSqlDatabase &db, qint64 planId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT signed_client, client_id FROM plan WHERE id = ? AND status = 'signed'"));
    query.addBindValue(planId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    const PlanJson::Read read = PlanJson::read(document.object());
    if (read.client.name.isEmpty())
        return std::nullopt;
    Client client = read.client;
    client.id = query.value(1).toLongLong();
    return client;
}

} // namespace kotoplan::signedClient
