// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace kotoplan::translations {

namespace {
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
    for (std::unique_ptr<QTranslator> *slot : {&installedProgram(), &installedQt()}) {
        if (*slot)
            QCoreApplication::removeTranslator(slot->get());
        slot->reset();
    }
    installedProgram() = programTranslator(language);
    if (installedProgram())
        QCoreApplication::installTranslator(installedProgram().get());
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installedQt() = std::move(qt);
        QCoreApplication::installTranslator(installedQt().get());
    }
    QLocale::setDefault(QLocale(language == QLatin1String("fi")   ? QLocale::Finnish
                                : language == QLatin1String("sv") ? QLocale::Swedish
                                                                  : QLocale::English,
                                QLocale::Finland));
}

} // namespace kotoplan::translations
