// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kotoplan::signedClient {

// The client's details as the plan records them at its signing (the exchange JSON of that
// moment), stored in the plan's row with the signature.
QString snapshot(const Client &client, const Plan &plan);
// The client as the signed plan recorded them; nothing for a draft or a plan signed before
// snapshots were kept.
std::optional<Client> load(const QSqlDatabase &db, qint64 planId);

} // namespace kotoplan::signedClient
