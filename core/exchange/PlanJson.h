// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace kotoplan {

// Who handed the plan over, to whom, when, and the PDF that goes with it.
struct ExchangeEnvelope
{
    QString municipality;
    QString officer;
    QString receiver;
    QDateTime exportedAt;
    QString pdfFile;
    QString pdfSha256;
    bool withLifeSituation = false; // the summary may hold health data: only on request
    bool operator==(const ExchangeEnvelope &) const = default;
};

// The versioned JSON document of one plan for the employment authority
// (resources/exchange/kotoplan-plan.schema.json); keys as in form-fields.md.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    static constexpr int schemaVersion = 1;
    static QString format() { return QStringLiteral("kotoplan-integration-plan"); }

    static QJsonObject write(const Client &client, const Plan &plan,
                             const ExchangeEnvelope &envelope);

    struct Read
    {
        Client client;
        Plan plan;
        ExchangeEnvelope envelope;
        Problems problems; // each names the JSON path of the value and what is wrong with it
        bool ok() const { return problems.isEmpty(); }
    };
    // Reads a parsed document strictly: unknown keys, wrong types and impossible dates are
    // problems; nothing is guessed.
    static Read read(const QJsonObject &document);
};

} // namespace kotoplan
