// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ExchangeRegister.h"

#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace kotoplan {

bool recordExchange(QSqlDatabase db, qint64 planId, ExchangeDirection direction,
                    const QDateTime &happenedAt, const ExchangeEnvelope &envelope,
                    const QString &jsonFile, const QByteArray &json)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO plan_exchange (plan_id, direction, happened_at, municipality, officer, "
        "receiver, pdf_file, pdf_sha256, json_file, json_sha256, with_life_situation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(planId);
    query.addBindValue(direction == ExchangeDirection::Export ? QStringLiteral("export")
                                                              : QStringLiteral("import"));
    query.addBindValue(sql::timestamp(happenedAt));
    query.addBindValue(sql::text(envelope.municipality));
    query.addBindValue(sql::text(envelope.officer));
    query.addBindValue(sql::text(envelope.receiver));
    query.addBindValue(sql::text(envelope.pdfFile));
    query.addBindValue(sql::text(envelope.pdfSha256));
    query.addBindValue(sql::text(jsonFile));
    query.addBindValue(sha256Hex(json));
    query.addBindValue(int(envelope.withLifeSituation));
    return query.exec();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace kotoplan
