// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace kotoplan {

// What a plan file from elsewhere must meet before a single value of it is read: the exchange
// schema's required keys, types, allowed values, formats and counts, a key once per object,
// texts of sane length without control characters or bidirectional overrides. Each problem
// names the key (its JSON path) and the rule it breaks.
class ImportRules
{
    Q_DECLARE_TR_FUNCTIONS(ImportRules)

public:
    static constexpr int maxParticipants = 50;  // the schema's maxItems
    static constexpr int maxSubGoals = 100;     // the schema's maxItems
    static constexpr int maxTextLength = 20000; // characters, every text of the file

    // Keys that appear twice in one object (a JSON parser keeps the last one silently).
    static Problems duplicateKeys(const QByteArray &json);
    // The document against resources/exchange/kotoplan-plan-v1.schema.json and the text rules.
    // Keys the schema does not know are left to PlanJson::read.
    static Problems check(const QJsonObject &document);
    // Whether a text may stand in a file: line breaks only where the field holds lines.
    static Problems checkText(const QString &text, const QString &path, bool multiLine);
};

} // namespace kotoplan
