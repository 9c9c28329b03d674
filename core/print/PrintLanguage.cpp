// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PrintLanguage.h"

#include "domain/DateText.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"

#include <QLocale>
#include <QSettings>

namespace kotoplan {

namespace {
const char *const context = "PrintLanguage";
const QString settingsKey = QStringLiteral("print/language");
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

QString PrintLanguage::languageName(const QString &codeOrText) const
{
    const QLocale::Language language = QLocale::codeToLanguage(codeOrText);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return codeOrText;
    // Qt knows each language's own name; that name reads right to the client in any printout.
    // Qt names English after the United States ("American English"); the form means the language.
    const QString native = language == QLocale::English ? QStringLiteral("English")
                                                        : QLocale(language).nativeLanguageName();
    if (m_code == QLatin1String("en") || native.isEmpty())
        return QLocale::languageToString(language);
    return QStringLiteral("%1 (%2)").arg(native, codeOrText);
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

} // namespace kotoplan
