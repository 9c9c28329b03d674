// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

// Names of languages and countries in Finnish, Swedish and English. Qt 6.4 knows them in English
// and in each language's own tongue only; these come from iso-codes (scripts/locale-names).
namespace kotoplan::localeNames {

// The name of an ISO 639-1 language in "fi", "sv" or "en" (English for any other); empty when
// the code is unknown.
QString language(const QString &code, const QString &inLanguage);
// The name of an ISO 3166-1 alpha-2 country; empty when unknown. "XX" (stateless) and "ZZ"
// (unknown) are named in the installed UI language.
QString country(const QString &code, const QString &inLanguage);
// Codes as a reader knows them: "arabia (ar), kurdi (ku)"; free text stays as typed.
QString describeLanguages(const QStringList &codes, const QString &inLanguage);
QString describeCountries(const QStringList &codes, const QString &inLanguage);

// Every language and country code known, in code order ("XX" and "ZZ" among the countries).
QStringList languageCodes();
QStringList countryCodes();
// The code of a language typed as its code or as its name in Finnish, Swedish, English or the
// language's own ("Vietnamese", "vietnam", "Tiếng Việt", "VI" are all "vi"), without case or
// accents; empty when no language or more than one has that name.
QString languageCode(const QString &text);
// The same for countries: "Vietnam", "Viet Nam", "vn" are "VN"; stateless and unknown in any of
// the three languages are "XX" and "ZZ".
QString countryCode(const QString &text);

} // namespace kotoplan::localeNames
