// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kotoplan {

// One field of the client where the imported file and the database disagree.
struct ClientDifference
{
    QString key;   // as in form-fields.md ("address", "phone", …)
    QString label; // in the UI language
    QString stored;
    QString inFile;
    bool operator==(const ClientDifference &) const = default;
};

// How an imported plan finds what the database knows already.
namespace importMatching {

// The stored client who is the file's: the same search key as the case list's search (case,
// spacing, accents and Unicode normal form aside) and the same date of birth; 0 for none.
qint64 existingClient(const QSqlDatabase &db, const Client &client);
// The fields of the client that differ, in the form's order.
QList<ClientDifference> differences(const Client &stored, const Client &inFile);
// `stored` with the fields named in `keys` taken from the file ("all" takes every one).
Client withTaken(Client stored, const Client &inFile, const QStringList &keys);
// A service id names an entry of the sending municipality's catalogue: each sub-goal's measure
// is matched to the local catalogue by name instead, and stays free text when none matches.
void matchServices(const QSqlDatabase &db, Plan &plan);

} // namespace importMatching

} // namespace kotoplan
