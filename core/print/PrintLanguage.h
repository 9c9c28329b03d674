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
    // A language code (ISO 639) as the printout names it: in the print language, and the
    // language's own name beside it where that differs ("arabia – العربية"), isolated so that a
    // right-to-left name cannot reorder the text around it. A free text stays as typed, isolated.
    QString languageName(const QString &codeOrText) const;
    // A text with right-to-left letters between Unicode's first-strong isolate and
    // pop-directional isolate marks; any other text as it is.
    static QString isolated(const QString &text);
    // A country code (ISO 3166 alpha-2, "XX" stateless, "ZZ" unknown), as the printout names it.
    QString countryName(const QString &code) const;
    // A responsible party stored as its key or as its name in any language of the program, named
    // in the print language; the municipality's own wording as it is.
    QString partyName(const QString &keyOrLabel) const;

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace kotoplan
