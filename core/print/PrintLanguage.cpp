// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PrintLanguage.h"

#include "domain/DateText.h"
#include "domain/Party.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"

#include <QHash>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace kotoplan {

namespace {
const char *const context = "PrintLanguage";
const QString settingsKey = QStringLiteral("print/language");

// Every party's name in every language of the program, folded to lower case, to its key.
const QHash<QString, QString> &partyKeysByName()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> byName;
        for (const QString &code : translations::languages()) {
            const std::unique_ptr<QTranslator> translator = translations::programTranslator(code);
            for (const QString &key : party::keys())
                byName.insert(party::label(key, translator.get()).toCaseFolded(), key);
        }
        return byName;
    }();
    return names;
}
} // namespace

QString PrintLanguage::defaultCode()
{
    const QString remembered = QSettings().value(settingsKey).toString();
    if (translations::languages().contains(remembered))
        return remembered;
    return translations::languageFor(QLocale());
}

void PrintLanguage::rememberCode(const QString &code)
{
    if (translations::languages().contains(code))
        QSettings().setValue(settingsKey, code);
}

PrintLanguage::PrintLanguage(const QString &language)
    : m_code(translations::languages().contains(language) ? language : QStringLiteral("en"))
    , m_translator(translations::programTranslator(m_code))
{}

PrintLanguage::~PrintLanguage() = default;

QString PrintLanguage::text(const char *textContext, const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(textContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PrintLanguage::date(QDate value) const
{
    return dateText::formatDate(value);
}

QString PrintLanguage::dateTime(const QDateTime &value) const
{
    if (!value.isValid())
        return {};
    // Finnish and Swedish in Finland write 9.30, English 9:30.
    const QString time = value.time().toString(
        m_code == QLatin1String("en") ? QStringLiteral("H:mm") : QStringLiteral("H.mm"));
    return text(context, QT_TRANSLATE_NOOP("PrintLanguage", "%1 at %2"))
        .arg(date(value.date()), time);
}

QString PrintLanguage::isolated(const QString &text)
{
    const bool rightToLeft = std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.direction() == QChar::DirR || ch.direction() == QChar::DirAL;
    });
    // First strong isolate … pop directional isolate (Unicode's bidi algorithm, UAX #9).
    return rightToLeft ? QChar(0x2068) + text + QChar(0x2069) : text;
}

QString PrintLanguage::languageName(const QString &codeOrText) const
{
    const QString name = localeNames::language(codeOrText.trimmed(), m_code);
    if (name.isEmpty())
        return isolated(codeOrText);
    // The officer and the employment authority read the name in the print language, the client
    // the language's own name beside it. Qt names English after the United States ("American
    // English"); the form means the language.
    const QLocale::Language language = QLocale::codeToLanguage(codeOrText.trimmed());
    const QString native = language == QLocale::English ? QStringLiteral("English")
                           : language == QLocale::AnyLanguage || language == QLocale::C
                               ? QString()
                               : QLocale(language).nativeLanguageName();
    if (native.isEmpty() || native.compare(name, Qt::CaseInsensitive) == 0)
        return name;
    return QStringLiteral("%1 – %2").arg(name, isolated(native));
}

QString PrintLanguage::countryName(const QString &code) const
{
    if (code == QLatin1String("XX"))
        return text(context, QT_TRANSLATE_NOOP("PrintLanguage", "Stateless"));
    if (code == QLatin1String("ZZ"))
        return text(context, QT_TRANSLATE_NOOP("PrintLanguage", "Unknown"));
    // In the printout's language: Qt names countries in English only.
    const QString name = localeNames::country(code, m_code);
    if (name.isEmpty())
        return code;
    return QStringLiteral("%1 (%2)").arg(name, code);
}

QString PrintLanguage::partyName(const QString &keyOrLabel) const
{
    const QString text = keyOrLabel.trimmed();
    const QString key = party::isKey(text) ? text : partyKeysByName().value(text.toCaseFolded());
    return key.isEmpty() ? text : party::label(key, m_translator.get());
}

} // namespace kotoplan
