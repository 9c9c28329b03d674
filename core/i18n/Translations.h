// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractItemModel>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace kotoplan::translations {

// The languages of the UI and of the printed plan: "fi", "sv", "en" (English is the source).
QStringList languages();
// The supported language closest to a locale; English when none fits.
QString languageFor(const QLocale &locale);
// A language's name in that language, as a language picker lists it: Suomi, Svenska, English.
QString nativeName(const QString &language);
// The locale the UI formats numbers with in a language: Finland's conventions in all three.
QLocale uiLocale(const QString &language);
// The program's translator for a language; null for English, which needs none.
std::unique_ptr<QTranslator> programTranslator(const QString &language);
// Replaces the application's translators (the program's and Qt's own) with those of a language
// and makes its locale the default. Every widget then gets a LanguageChange event.
void installUiLanguage(const QString &language);
// The language installed last; English before any.
QString uiLanguage();
// The language to start the UI in: the one chosen in the menu before (setting "ui/language"),
// else the system locale's.
QString startLanguage();
// Installs a language chosen in the menu and remembers it for the next start.
void switchUiLanguage(const QString &language);
// Tells a model's views that every header and cell text changed: models call it on
// QEvent::LanguageChange, which they get as children of a widget.
void refreshTexts(QAbstractItemModel *model);

} // namespace kotoplan::translations
