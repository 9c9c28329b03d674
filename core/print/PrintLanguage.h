// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTranslator>

#include <memory>

namespace kotoplan {

// The language of one printout, chosen per print: its translations are looked up here and never
// installed in the application, so the printed plan does not follow the UI language.
class PrintLanguage
{
public:
    // "fi", "sv" or "en"; anything else prints in English.
    explicit PrintLanguage(const QString &language);
    ~PrintLanguage();
    PrintLanguage(const PrintLanguage &) = delete;
    PrintLanguage &operator=(const PrintLanguage &) = delete;

    QString code() const { return m_code; }
    // The language the last print used (setting "print/language"), else the UI language.
    static QString defaultCode();
    static void rememberCode(const QString &code);
    // The translation of a source text marked with QT_TRANSLATE_NOOP; the English source when
    // the language has no translation for it.
    QString text(const char *context, const char *source) const;
    QString date(QDate date) const; // 23.11.2026 in every language of the form
    QString dateTime(const QDateTime &dateTime) const;
    // A language code (ISO 639) or a free text, as the printout names it.
    QString languageName(const QString &codeOrText) const;
    // A country code (ISO 3166 alpha-2, "XX" stateless, "ZZ" unknown), as the printout names it.
    QString countryName(const QString &code) const;

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace kotoplan
