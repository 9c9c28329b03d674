// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanExport.h"

#include "domain/Clock.h"
#include "exchange/PlanJson.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "storage/FilePermissions.h"
#include "storage/Transaction.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/ExchangeRegister.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace kotoplan {

namespace {
PlanExport::Result failed(const QString &message)
{
    return {false, message, {}, {}, {}};
}
} // namespace

PlanExport::Result PlanExport::run(QSqlDatabase db, const Request &request)
{
    const std::optional<Plan> plan = PlanStore(db).load(request.planId);
    if (!plan)
        return failed(tr("There is no plan %1 in the database.").arg(request.planId));
    const std::optional<Client> client = ClientStore(db).load(plan->clientId);
    if (!client)
        return failed(tr("The plan's client is missing from the database."));
    const QFileInfo folder(request.folder);
    if (!folder.isDir() || !folder.isWritable())
        return failed(tr("The folder %1 does not exist or cannot be written to.")
                          .arg(QDir::toNativeSeparators(request.folder)));

    const std::optional<PlanDocument> loaded =
        PlanDocument::load(db, request.planId, request.language);
    if (!loaded)
        return failed(tr("There is no plan %1 in the database.").arg(request.planId));
    const PlanDocument &document = *loaded;
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

    // Both files are written in full to temporary files first, then renamed one after the
    // other, so a full disk leaves neither half of the pair behind.
    QSaveFile pdfFile(result.pdfPath);
    QSaveFile jsonFile(result.jsonPath);
    const bool written = pdfFile.open(QIODevice::WriteOnly) &&
                         jsonFile.open(QIODevice::WriteOnly) && pdfFile.write(pdf) == pdf.size() &&
                         jsonFile.write(json) == json.size();
    if (!written) {
        pdfFile.cancelWriting();
        jsonFile.cancelWriting();
        return failed(tr("The files could not be written to %1: the disk may be full.")
                          .arg(QDir::toNativeSeparators(request.folder)));
    }
    if (!pdfFile.commit())
        return failed(tr("%1 could not be written.").arg(QFileInfo(result.pdfPath).fileName()));
    if (!jsonFile.commit()) {
        QFile::remove(result.pdfPath);
        return failed(tr("%1 could not be written.").arg(QFileInfo(result.jsonPath).fileName()));
    }
    restrictToOwner(result.pdfPath);
    restrictToOwner(result.jsonPath);

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
