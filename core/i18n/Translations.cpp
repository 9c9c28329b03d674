// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace kotoplan::translations {

namespace {
const QString settingsKey = QStringLiteral("ui/language");

std::unique_ptr<QTranslator> &installedProgram()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &installedQt()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &installedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList languages()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString languageFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Finnish:
        return QStringLiteral("fi");
    case QLocale::Swedish:
        return QStringLiteral("sv");
    default:
        return QStringLiteral("en");
    }
}

QString nativeName(const QString &language)
{
    // Qt's own name of "en" is "American English"; the picker means the language.
    if (language == QLatin1String("fi"))
        return QStringLiteral("Suomi");
    if (language == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    return QStringLiteral("English");
}

QLocale uiLocale(const QString &language)
{
    // English in Finland (en_FI) writes numbers as Finland does (12 345,5) and times as 14.30,
    // which is what an officer in Finland reads every day, whatever the UI language.
    const QLocale::Language qtLanguage = language == QLatin1String("fi")   ? QLocale::Finnish
                                         : language == QLatin1String("sv") ? QLocale::Swedish
                                                                           : QLocale::English;
    return QLocale(qtLanguage, QLocale::Finland);
}

std::unique_ptr<QTranslator> programTranslator(const QString &language)
{
    if (!languages().contains(language) || language == QLatin1String("en"))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/kotoplan/i18n/kotoplan_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

void installUiLanguage(const QString &language)
{
    const QString chosen = languages().contains(language) ? language : QStringLiteral("en");
    // The locale first: the widgets format their dates and numbers again on LanguageChange,
    // which the translators below send.
    QLocale::setDefault(uiLocale(chosen));
    installedLanguage() = chosen;
    for (std::unique_ptr<QTranslator> *slot : {&installedProgram(), &installedQt()}) {
        if (*slot)
            QCoreApplication::removeTranslator(slot->get());
        slot->reset();
    }
    // Qt's own texts (standard buttons, dialogs) first, so the program's translator, installed
    // after it and asked first, covers what Qt does not ship. Debian's Qt has no qtbase_sv:
    // then the program's own translation of Qt's dialogs (translations/qtbase_sv.ts).
    auto qt = std::make_unique<QTranslator>();
    if (chosen != QLatin1String("en") &&
        (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
         qt->load(QStringLiteral(":/kotoplan/i18n/qtbase_%1.qm").arg(chosen)))) {
        installedQt() = std::move(qt);
        QCoreApplication::installTranslator(installedQt().get());
    }
    installedProgram() = programTranslator(chosen);
    if (installedProgram())
        QCoreApplication::installTranslator(installedProgram().get());
}

QString uiLanguage()
{
    return installedLanguage();
}

QString startLanguage()
{
    const QString remembered = QSettings().value(settingsKey).toString();
    if (languages().contains(remembered))
        return remembered;
    return languageFor(QLocale::system());
}

void switchUiLanguage(const QString &language)
{
    if (!languages().contains(language))
        return;
    QSettings().setValue(settingsKey, language);
    installUiLanguage(language);
}

void refreshTexts(QAbstractItemModel *model)
{
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

} // namespace kotoplan::translations
