// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchange/PlanJson.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// The hand-over register (table plan_exchange): one line per plan exported or imported, with the
// files' names and fingerprints, never their content.
enum class ExchangeDirection
{
    Export,
    Import
};

bool recordExchange(QSqlDatabase db, qint64 planId, ExchangeDirection direction,
                    const QDateTime &happenedAt, const ExchangeEnvelope &envelope,
                    const QString &jsonFile, const QByteArray &json);

// The SHA-256 of the bytes as lower-case hex.
QString sha256Hex(const QByteArray &bytes);

} // namespace kotoplan
