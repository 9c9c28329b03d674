// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace kotoplan::translations {

// The languages of the UI and of the printed plan: "fi", "sv", "en" (English is the source).
QStringList languages();
// The supported language closest to a locale; English when none fits.
QString languageFor(const QLocale &locale);
// The program's translator for a language; null for English, which needs none.
std::unique_ptr<QTranslator> programTranslator(const QString &language);
// Replaces the application's translators (the program's and Qt's own) with those of a language.
void installUiLanguage(const QString &language);

} // namespace kotoplan::translations
