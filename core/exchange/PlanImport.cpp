// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanImport.h"

#include "domain/Clock.h"
#include "exchange/ImportMatching.h"
#include "exchange/ImportRules.h"
#include "storage/RegularFile.h"
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
    return {Status::Refused, message, std::move(problems), 0, 0, {}};
}

QString takenMessage(qsizetype count)
{
    return PlanImport::tr("%n of the client's details were taken from the file.", nullptr,
                          int(count));
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
    // The format's rules before any value is taken: each problem names the key and the rule.
    const Problems rules =
        ImportRules::duplicateKeys(bytes) + ImportRules::check(document.object());
    if (!rules.isEmpty())
        return refused(tr("The plan file has errors: it breaks the rules of its format. Nothing "
                          "was imported."),
                       rules);
    if (!read->ok())
        return refused(tr("The plan file has errors; nothing was imported."), read->problems);
    Problems problems = Validation::check(read->client, Clock::today());
    problems += Validation::check(read->plan, read->client, Clock::today());
    if (!problems.isEmpty())
        return refused(tr("The plan in the file has errors; nothing was imported."), problems);
    return {Status::Imported, {}, {}, 0, 0, {}};
}

PlanImport::Result PlanImport::readFile(const QString &path, QByteArray *bytes)
{
    const QString name = QFileInfo(path).fileName();
    bool regular = true;
    const std::optional<QByteArray> read = readRegularFile(path, maxBytes + 1, &regular);
    if (!regular)
        return refused(tr("%1 is not a regular file (a device, a pipe or a folder); a plan file "
                          "is a regular file.")
                           .arg(name));
    if (!read)
        return refused(tr("%1 cannot be read.").arg(name));
    if (read->size() > maxBytes)
        return refused(tr("The file is larger than 1 MiB; a plan file is much smaller."));
    *bytes = *read;
    return {Status::Imported, {}, {}, 0, 0, {}};
}

PlanImport::Result PlanImport::importFile(QSqlDatabase db, const QString &path,
                                          const AuditActor &actor, const QStringList &takeFromFile)
{
    QByteArray bytes;
    if (const Result read = readFile(path, &bytes); !read.ok())
        return read;
    return importBytes(db, bytes, QFileInfo(path).fileName(), actor, takeFromFile);
}

PlanImport::Preview PlanImport::preview(QSqlDatabase db, const QString &path)
{
    Preview preview;
    preview.fileName = QFileInfo(path).fileName();
    preview.result = readFile(path, &preview.bytes);
    if (!preview.result.ok())
        return preview;
    PlanJson::Read read;
    preview.result = check(preview.bytes, &read);
    if (!preview.result.ok())
        return preview;
    preview.inFile = read.client;
    if (const qint64 known = importMatching::existingClient(db, read.client); known > 0) {
        const kotoplan::Result<Client> stored = ClientStore(db).load(known);
        if (!stored)
            preview.result = {Status::Failed, stored.message, {}, 0, 0, {}};
        else
            preview.stored = *stored;
    }
    return preview;
}

PlanImport::Result PlanImport::importBytes(QSqlDatabase db, const QByteArray &bytes,
                                           const QString &fileName, const AuditActor &actor,
                                           const QStringList &takeFromFile)
{
    PlanJson::Read read;
    const Result checked = check(bytes, &read);
    if (!checked.ok())
        return checked;

    Transaction transaction(db);
    if (!transaction.isActive())
        return {Status::Failed, tr("The database cannot be written to."), {}, 0, 0, {}};
    Client client = read.client;
    client.id = importMatching::existingClient(db, client);
    QList<ClientDifference> differences;
    QStringList taken; // the keys of the fields taken from the file
    // The audit lines name the file by its SHA-256 and its sender, never by its content.
    QString detail = QStringLiteral("sha256=%1 from=%2")
                         .arg(sha256Hex(bytes), read.envelope.municipality.simplified());
    if (client.id > 0) {
        // The stored details stay unless the officer takes the file's, field by field.
        const Client stored = ClientStore(db).load(client.id).value_or(client);
        client = importMatching::withTaken(stored, read.client, takeFromFile);
        differences = importMatching::differences(client, read.client);
        for (const ClientDifference &changed : importMatching::differences(stored, client))
            taken.append(changed.key);
        if (!taken.isEmpty()) {
            detail += QStringLiteral(" took=") + taken.join(QLatin1Char(','));
            if (const StoreResult saved = ClientStore(db).save(client); !saved.ok())
                return {Status::Failed, saved.message, saved.problems, 0, 0, {}};
        }
        if (const qint64 planId = existingPlan(db, client.id, read.plan)) {
            Result duplicate{Status::Duplicate,
                             tr("This plan is already in the database; it was not imported "
                                "again."),
                             {},
                             client.id,
                             planId,
                             differences};
            if (!taken.isEmpty() &&
                (!AuditLog(db, actor).append(AuditAction::Changed, client.id, 0, detail) ||
                 !transaction.commit()))
                return {Status::Failed, tr("The plan could not be imported."), {}, 0, 0, {}};
            if (!taken.isEmpty())
                duplicate.message += QLatin1Char(' ') + takenMessage(taken.size());
            return duplicate;
        }
    } else if (const StoreResult saved = ClientStore(db).save(client); !saved.ok()) {
        return {Status::Failed, saved.message, saved.problems, 0, 0, {}};
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
    importMatching::matchServices(db, plan);
    if (const StoreResult saved = PlanStore(db).save(plan); !saved.ok())
        return {Status::Failed, saved.message, saved.problems, 0, 0, {}};

    if (!recordExchange(db, plan.id, ExchangeDirection::Import, Clock::now(), read.envelope,
                        fileName, bytes) ||
        !AuditLog(db, actor).append(AuditAction::Imported, client.id, plan.id, detail) ||
        !transaction.commit())
        return {Status::Failed, tr("The plan could not be imported."), {}, 0, 0, {}};
    Result imported{
        Status::Imported, tr("The plan was imported as a draft."), {}, client.id, plan.id, {}};
    if (!read.warnings.isEmpty())
        imported.message +=
            QLatin1Char(' ') +
            tr("The file was written by a newer Kotoplan (format %1); what this version "
               "does not know was left out: %2.")
                .arg(read.version.toString(),
                     Validation::fields(read.warnings).join(QStringLiteral(", ")));
    imported.differences = differences;
    if (!taken.isEmpty())
        imported.message += QLatin1Char(' ') + takenMessage(taken.size());
    if (!differences.isEmpty())
        imported.message +=
            QLatin1Char(' ') + tr("The client was known already; %n of the file's details differ "
                                  "from the stored ones and were not taken.",
                                  nullptr, int(differences.size()));
    return imported;
}

} // namespace kotoplan
