// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>

namespace kotoplan {

// What only the program can compute and a migration's SQL cannot: the clients' search keys
// (nameSearchKey(), which transliterates) and their languages and countries as codes
// (clientCodes::normalised(): "Vietnamese" is vi). A migration that changes either asks for it
// with a row in client_refresh; the first open afterwards brings every client up to date in
// one transaction and clears the request. A value that names no code stays as typed, for the
// officer to fix (`kotoplan check` lists them). False when nothing could be written: the
// request stays and is tried again at the next open.
bool refreshClientsIfRequested(QSqlDatabase db);

// The clients whose languages or countries are still no code, with those values
// (clientCodes::uncoded()), by client id: for the officer to fix.
QList<std::pair<qint64, QStringList>> clientsToFix(QSqlDatabase db);

} // namespace kotoplan
