// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanImport.h"

#include "domain/Clock.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/ClientStore.h"
#include "stores/ExchangeRegister.h"
#include "stores/PlanStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringDecoder>

namespace kotoplan {

namespace {
using Status = PlanImport::Result::Status;

PlanImport::Result refused(const QString &message, Problems problems = {})
{
    return {Status::Refused, message, std::move(problems), 0, 0};
}

// The client this file is about, when the database knows them already: same name and birth.
qint64 existingClient(const QSqlDatabase &db, const Client &client)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM client WHERE name = ? AND date_of_birth = ?"));
    query.addBindValue(client.name.trimmed());
    query.addBindValue(sql::fromDate(client.dateOfBirth));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 existingPlan(const QSqlDatabase &db, qint64 clientId, const Plan &plan)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id FROM plan WHERE client_id = ? AND drafted_on = ? AND kind = ?"));
    query.addBindValue(clientId);
    query.addBindValue(sql::fromDate(plan.draftedOn));
    query.addBindValue(planKindKey(plan.kind));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

int PlanImport::nestingDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char ch : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
            continue;
        }
        if (ch == '"')
            inString = true;
        else if (ch == '{' || ch == '[')
            deepest = std::max(deepest, ++depth);
        else if (ch == '}' || ch == ']')
            --depth;
    }
    return deepest;
}

PlanImport::Result PlanImport::check(const QByteArray &bytes, PlanJson::Read *read)
{
    if (bytes.size() > maxBytes)
        return refused(tr("The file is larger than 1 MiB; a plan file is much smaller."));
    if (bytes.trimmed().isEmpty())
        return refused(tr("The file is empty."));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError() || decoded.contains(QChar::ReplacementCharacter))
        return refused(tr("The file is not UTF-8 text."));
    if (nestingDepth(bytes) > maxDepth)
        return refused(tr("The file is nested deeper than a plan file can be."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return refused(tr("The file is not valid JSON (%1 at character %2); it may be cut short.")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return refused(tr("This is not a Kotoplan plan file."));
    *read = PlanJson::read(document.object());
    // A foreign format or a newer version says all there is to say: no list of problems.
    if (read->problems.size() == 1 &&
        (read->problems.first().field == QLatin1String("format") ||
         read->problems.first().field == QLatin1String("schemaVersion")))
        return refused(read->problems.first().message);
    if (!read->ok())
        return refused(tr("The plan file has errors; nothing was imported."), read->problems);
    Problems problems = Validation::check(read->client, Clock::today());
    problems += Validation::check(read->plan, read->client, Clock::today());
    if (!problems.isEmpty())
        return refused(tr("The plan in the file has errors; nothing was imported."), problems);
    return {Status::Imported, {}, {}, 0, 0};
}

PlanImport::Result PlanImport::importFile(QSqlDatabase db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
    if (file.size() > maxBytes)
        return refused(tr("The file is larger than 1 MiB; a plan file is much smaller."));
    return importBytes(db, file.readAll(), QFileInfo(path).fileName());
}

PlanImport::Result PlanImport::importBytes(QSqlDatabase db, const QByteArray &bytes,
                                           const QString &fileName)
{
    PlanJson::Read read;
    const Result checked = check(bytes, &read);
    if (!checked.ok())
        return checked;

    Transaction transaction(db);
    if (!transaction.isActive())
        return {Status::Failed, tr("The database cannot be written to."), {}, 0, 0};
    Client client = read.client;
    client.id = existingClient(db, client);
    if (client.id > 0) {
        if (const qint64 planId = existingPlan(db, client.id, read.plan))
            return {Status::Duplicate,
                    tr("This plan is already in the database; it was not imported again."),
                    {},
                    client.id,
                    planId};
    } else if (const StoreResult saved = ClientStore(db).save(client); !saved.ok()) {
        return {Status::Failed, saved.message, saved.problems, 0, 0};
    }

    // The signature belongs to the other municipality's copy: here the plan starts as a draft.
    Plan plan = read.plan;
    plan.clientId = client.id;
    plan.status = PlanStatus::Draft;
    plan.signedOn = QDate();
    plan.signedBy.clear();
    plan.previousPlanId = 0;
    // A review's outcomes assess the sub-goals of a plan that stays in the other database.
    plan.outcomes.clear();
    if (const StoreResult saved = PlanStore(db).save(plan); !saved.ok())
        return {Status::Failed, saved.message, saved.problems, 0, 0};

    if (!recordExchange(db, plan.id, ExchangeDirection::Import, Clock::now(), read.envelope,
                        fileName, bytes) ||
        !transaction.commit())
        return {Status::Failed, tr("The plan could not be imported."), {}, 0, 0};
    QString message = tr("The plan was imported as a draft.");
    if (!read.warnings.isEmpty())
        message += QLatin1Char(' ') +
                   tr("The file was written by a newer Kotoplan (format %1); what this version "
                      "does not know was left out: %2.")
                       .arg(read.version.toString(),
                            Validation::fields(read.warnings).join(QStringLiteral(", ")));
    return {Status::Imported, message, {}, client.id, plan.id};
}

} // namespace kotoplan
