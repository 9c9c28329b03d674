// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "domain/Validation.h"
#include "exchange/FormatVersion.h"

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
// (resources/exchange/kotoplan-plan-v1.schema.json); keys as in form-fields.md, the plain
// fields written and read by the field table (ClientFields, PlanFields).
//
// The format grows within a major version: a reader takes every older minor version, and leaves
// out the keys of a newer minor version with a warning (never refusing a colleague's file for
// them); a file of a newer major version is refused with a message that names its version.
// Version 1.0 wrote "schemaVersion": 1; from 1.1 on it is the text "1.1".
// 1.1 added plan.subGoalOutcomes.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    static constexpr int majorVersion = 1;
    static constexpr int minorVersion = 2;
    static FormatVersion version();
    static QString format() { return QStringLiteral("kotoplan-integration-plan"); }

    static QJsonObject write(const Client &client, const Plan &plan,
                             const ExchangeEnvelope &envelope);

    struct Read
    {
        Client client;
        Plan plan;
        ExchangeEnvelope envelope;
        Problems problems; // each names the JSON path of the value and what is wrong with it
        Problems warnings; // keys of a newer minor version, left out
        FormatVersion version;
        bool ok() const { return problems.isEmpty(); }
    };
    // Reads a parsed document strictly: wrong types, impossible dates and, up to this version,
    // unknown keys are problems; nothing is guessed.
    static Read read(const QJsonObject &document);
};

} // namespace kotoplan
