// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanExport.h"

#include "domain/Clock.h"
#include "exchange/PlanJson.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "storage/NewFile.h"
#include "storage/Transaction.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/ExchangeRegister.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace kotoplan {

namespace {
PlanExport::Result failed(const QString &message)
{
    return {false, message, {}, {}, {}};
}
} // namespace

PlanExport::Result PlanExport::run(QSqlDatabase db, const Request &request)
{
    const kotoplan::Result<Plan> plan = PlanStore(db).load(request.planId);
    if (!plan)
        return failed(plan.status == ResultStatus::NotFound
                          ? tr("There is no plan %1 in the database.").arg(request.planId)
                          : plan.message);
    const kotoplan::Result<Client> client = ClientStore(db).load(plan->clientId);
    if (!client)
        return failed(client.status == ResultStatus::NotFound
                          ? tr("The plan's client is missing from the database.")
                          : client.message);
    const QFileInfo folder(request.folder);
    if (!folder.isDir() || !folder.isWritable())
        return failed(tr("The folder %1 does not exist or cannot be written to.")
                          .arg(QDir::toNativeSeparators(request.folder)));

    std::optional<PlanDocument> loaded = PlanDocument::load(db, request.planId, request.language);
    if (!loaded)
        return failed(tr("There is no plan %1 in the database.").arg(request.planId));
    PlanDocument &document = *loaded;
    // The paper names who hands it over, as the JSON's exportedBy does.
    PlanDocument::Issuer issuer = document.issuer();
    issuer.municipality = request.municipality;
    issuer.officer = request.officer;
    document.setIssuer(issuer);
    // The PDF hands over what the JSON does: the summary only when the officer asked for it.
    if (!request.withLifeSituation)
        document.withholdLifeSituation();
    int pages = 0;
    const QByteArray pdf = PdfWriter::render(document, &pages);
    if (pdf.isEmpty())
        return failed(tr("The PDF could not be made."));

    Result result;
    result.ok = true;
    result.pdfPath = QDir(request.folder).filePath(document.suggestedFileName());
    result.jsonPath = result.pdfPath.left(result.pdfPath.size() - 4) + QStringLiteral(".json");
    result.pdfSha256 = sha256Hex(pdf);
    const ExchangeEnvelope envelope{request.municipality,
                                    request.officer,
                                    request.receiver,
                                    Clock::now(),
                                    QFileInfo(result.pdfPath).fileName(),
                                    result.pdfSha256,
                                    request.withLifeSituation};
    const QByteArray json = QJsonDocument(PlanJson::write(*client, *plan, envelope)).toJson();

    // Each file is written in full to a temporary file first and then takes its name only if
    // the name is free: an existing file or a symbolic link is never replaced nor followed.
    // When the JSON cannot be written, the PDF goes too: never half of the pair.
    const auto refusedExisting = [](const QString &path) {
        return failed(tr("%1 exists already in the folder; nothing was replaced. Move it away or "
                         "choose another folder.")
                          .arg(QFileInfo(path).fileName()));
    };
    const auto notWritten = [&request] {
        return failed(tr("The files could not be written to %1: the disk may be full.")
                          .arg(QDir::toNativeSeparators(request.folder)));
    };
    if (const NewFile::Result pdfWritten = NewFile::write(result.pdfPath, pdf);
        pdfWritten != NewFile::Result::Written)
        return pdfWritten == NewFile::Result::Exists ? refusedExisting(result.pdfPath)
                                                     : notWritten();
    if (const NewFile::Result jsonWritten = NewFile::write(result.jsonPath, json);
        jsonWritten != NewFile::Result::Written) {
        QFile::remove(result.pdfPath);
        return jsonWritten == NewFile::Result::Exists ? refusedExisting(result.jsonPath)
                                                      : notWritten();
    }

    // The register line and the audit line go in together, or neither does.
    Transaction transaction(db);
    const bool recorded =
        transaction.isActive() &&
        recordExchange(db, plan->id, ExchangeDirection::Export, envelope.exportedAt, envelope,
                       QFileInfo(result.jsonPath).fileName(), json) &&
        AuditLog(db, AuditActor::fromEnvironment(request.officer))
            .append(AuditAction::Exported, client->id, plan->id) &&
        transaction.commit();
    if (!recorded)
        result.message = tr("The plan was exported, but the hand-over could not be recorded in "
                            "the database.");
    else
        result.message =
            tr("Exported %1 and %2.")
                .arg(QFileInfo(result.pdfPath).fileName(), QFileInfo(result.jsonPath).fileName());
    return result;
}

} // namespace kotoplan
