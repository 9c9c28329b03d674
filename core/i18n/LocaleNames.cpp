// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "i18n/LocaleNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kotoplan::localeNames {

namespace {
const QJsonObject &table()
{
    static const QJsonObject names = [] {
        QFile file(QStringLiteral(":/kotoplan/names/locale-names.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return names;
}

QString lookUp(const QString &kind, const QString &code, const QString &inLanguage)
{
    const QJsonObject entry = table().value(kind).toObject().value(code).toObject();
    const QString name = entry.value(inLanguage).toString();
    return name.isEmpty() ? entry.value(QStringLiteral("en")).toString() : name;
}

QString describe(const QStringList &codes, const QString &inLanguage,
                 QString (*name)(const QString &, const QString &))
{
    QStringList parts;
    for (const QString &code : codes) {
        const QString known = name(code.trimmed(), inLanguage);
        parts.append(known.isEmpty() ? code.trimmed()
                                     : QStringLiteral("%1 (%2)").arg(known, code.trimmed()));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString language(const QString &code, const QString &inLanguage)
{
    return lookUp(QStringLiteral("languages"), code.toLower(), inLanguage);
}

QString country(const QString &code, const QString &inLanguage)
{
    // The two codes the form adds to ISO 3166, named in the same words as in the printout.
    if (code == QLatin1String("XX") || code == QLatin1String("ZZ")) {
        const char *source = code == QLatin1String("XX")
                                 ? QT_TRANSLATE_NOOP("LocaleNames", "stateless")
                                 : QT_TRANSLATE_NOOP("LocaleNames", "unknown");
        return QCoreApplication::translate("LocaleNames", source);
    }
    return lookUp(QStringLiteral("countries"), code.toUpper(), inLanguage);
}

QString describeLanguages(const QStringList &codes, const QString &inLanguage)
{
    return describe(codes, inLanguage, &language);
}

QString describeCountries(const QStringList &codes, const QString &inLanguage)
{
    return describe(codes, inLanguage, &country);
}

} // namespace kotoplan::localeNames
