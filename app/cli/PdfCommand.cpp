// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan pdf: the printed plan as PDF/A, recorded as printed in the audit log.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineSupport.h"
#include "print/ClientCopyDocument.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "storage/Database.h"
#include "stores/AuditLog.h"

#include <QCommandLineParser>

namespace kotoplan::cli {

int runPdf(Database &database, const QCommandLineParser &parser)
{
    const std::optional<qint64> planId = planOption(parser);
    if (!planId)
        return badUsage(CommandLine::tr("pdf needs --plan ID, the number that list shows."));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return badUsage(CommandLine::tr("pdf needs --out FILE.pdf."));
    const std::optional<QString> language = languageOption(parser);
    if (!language)
        return badLanguage();
    int code = 0;
    if (!openDatabase(database, parser, &code))
        return code;
    // The form, or with --client-copy the client's own copy in plain language.
    std::unique_ptr<PrintedDocument> document;
    Plan plan;
    if (parser.isSet(QStringLiteral("client-copy"))) {
        if (auto copy = ClientCopyDocument::load(database.connection(), *planId, *language)) {
            plan = copy->plan();
            document = std::make_unique<ClientCopyDocument>(std::move(*copy));
        }
    } else if (auto form = PlanDocument::load(database.connection(), *planId, *language)) {
        plan = form->plan();
        // --officer is the officer whose name a draft pre-prints under the signature line.
        PlanDocument::Issuer issuer = form->issuer();
        issuer.officer = officerName(parser);
        form->setIssuer(issuer);
        document = std::make_unique<PlanDocument>(std::move(*form));
    }
    if (!document)
        return failure(CommandLine::tr("There is no plan with the id %1.").arg(*planId));
    const PdfWriter::Result written = PdfWriter::write(*document, outPath);
    if (!written.ok)
        return failure(written.message);
    // A PDF of the plan is a print of it: one audit line, as Save as PDF in the window writes.
    AuditLog(database.connection(), AuditActor::fromEnvironment(officerName(parser)))
        .append(AuditAction::Printed, plan.clientId, plan.id);
    return wrote(outPath, written);
}

} // namespace kotoplan::cli
