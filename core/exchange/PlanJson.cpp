// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanJson.h"

#include "exchange/JsonReader.h"
#include "exchange/PlanJsonFields.h"
#include "fields/ClientFields.h"
#include "fields/PlanFields.h"

namespace kotoplan {

FormatVersion PlanJson::version()
{
    return {majorVersion, minorVersion};
}

QJsonObject PlanJson::write(const Client &client, const Plan &plan,
                            const ExchangeEnvelope &envelope)
{
    QJsonObject clientObject;
    planJsonFields::write(ClientFields::rules(), clientObject, client, true);
    QJsonObject planObject;
    planJsonFields::write(PlanFields::rules(), planObject, plan, envelope.withLifeSituation);

    return {
        {QStringLiteral("format"), format()},
        {QStringLiteral("schemaVersion"), version().toString()},
        {QStringLiteral("exportedAt"), envelope.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("exportedBy"),
         QJsonObject{{QStringLiteral("municipality"), envelope.municipality},
                     {QStringLiteral("officer"), envelope.officer}}},
        {QStringLiteral("receiver"), envelope.receiver},
        {QStringLiteral("pdf"), QJsonObject{{QStringLiteral("file"), envelope.pdfFile},
                                            {QStringLiteral("sha256"), envelope.pdfSha256}}},
        {QStringLiteral("client"), clientObject},
        {QStringLiteral("plan"), planObject},
    };
}

PlanJson::Read PlanJson::read(const QJsonObject &document)
{
    Read result;
    Problems &problems = result.problems;
    Problems *warnings = nullptr;
    JsonReader root(document, QString(), &problems);
    if (root.text(QStringLiteral("format"), true) != format()) {
        problems = {{QStringLiteral("format"), tr("This is not a Kotoplan plan file.")}};
        return result;
    }
    const QJsonValue versionValue = root.value(QStringLiteral("schemaVersion"));
    const std::optional<FormatVersion> fileVersion = FormatVersion::fromJson(versionValue);
    if (!fileVersion) {
        problems = {
            {QStringLiteral("schemaVersion"), tr("The file is of an unknown format version.")}};
        return result;
    }
    if (fileVersion->major != majorVersion) {
        problems = {{QStringLiteral("schemaVersion"),
                     fileVersion->major > majorVersion
                         ? tr("The file is of a newer format version (%1) than this program reads "
                              "(%2). Update Kotoplan to import it.")
                               .arg(fileVersion->toString(), version().toString())
                         : tr("The file is of an unknown format version.")}};
        return result;
    }
    result.version = *fileVersion;
    // A newer minor version only adds keys: those are left out with a warning.
    if (fileVersion->minor > minorVersion)
        warnings = &result.warnings;

    ExchangeEnvelope &envelope = result.envelope;
    envelope.exportedAt = root.dateTime(QStringLiteral("exportedAt"));
    JsonReader by(root.object(QStringLiteral("exportedBy")), QStringLiteral("exportedBy."),
                  &problems, warnings);
    envelope.municipality = by.text(QStringLiteral("municipality"));
    envelope.officer = by.text(QStringLiteral("officer"));
    by.finish();
    envelope.receiver = root.text(QStringLiteral("receiver"));
    JsonReader pdf(root.object(QStringLiteral("pdf")), QStringLiteral("pdf."), &problems, warnings);
    envelope.pdfFile = pdf.text(QStringLiteral("file"));
    envelope.pdfSha256 = pdf.text(QStringLiteral("sha256"));
    pdf.finish();

    JsonReader client(root.object(QStringLiteral("client")), QStringLiteral("client."), &problems,
                      warnings);
    planJsonFields::read(ClientFields::rules(), client, result.client, &problems, warnings);
    client.finish();

    JsonReader plan(root.object(QStringLiteral("plan")), QStringLiteral("plan."), &problems,
                    warnings);
    planJsonFields::read(PlanFields::rules(), plan, result.plan, &problems, warnings);
    plan.finish();
    root.finish();
    envelope.withLifeSituation =
        document.value(QStringLiteral("plan")).toObject().contains(QStringLiteral("lifeSituation"));
    return result;
}

} // namespace kotoplan
