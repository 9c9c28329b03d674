// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"

#include <QString>
#include <QStringList>

namespace kotoplan {

// Codes, not words: the client's languages are stored as ISO 639 codes, countries as ISO 3166
// codes ("XX" stateless, "ZZ" unknown) and the phone number in international form (+358…).
namespace clientCodes {

// A language typed as its code or its name in any of the program's languages, as its code; a
// text that names no language (or several) is kept as typed, never dropped.
QString language(const QString &text);
QString country(const QString &text);
// A phone number in international form (040 123 4567 is +358401234567); a text that is no
// valid number as typed, for validation to point out.
QString phone(const QString &text);
// The client with every value that can be made a code made one, and the phone number in
// international form when it is a valid number.
Client normalised(Client client);
// The values that are still no code after normalised(): "mother tongue: Klingon", for the
// officer to fix.
QStringList uncoded(const Client &client);
// +358401234567 as +358 40 123 4567 (Finnish numbers by their area or operator code, others
// after the country code in threes); a text that is no international number as it is.
QString groupedPhone(const QString &phone);

} // namespace clientCodes

} // namespace kotoplan
