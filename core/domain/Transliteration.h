// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace kotoplan {

// The Latin spellings of a name written in another script, as the officer may type it from a
// residence permit or a passport: ICU's general transliteration (Cyrillic, Greek, Arabic, …,
// made plain ASCII) and, for Cyrillic, the passports' own spellings (Ukrainian since 2010,
// Russian after ICAO 9303): Андрій Коваленко is "andrij kovalenko" and "andrii kovalenko".
// Empty for a name in Latin letters. Slow (about a millisecond): compute it when a name is
// stored, not on each keystroke.
QStringList latinSpellings(const QString &name);

} // namespace kotoplan
