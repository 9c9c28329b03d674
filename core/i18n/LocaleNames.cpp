// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "i18n/LocaleNames.h"

#include "domain/SearchKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

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

// Codes by the search keys of every name they go by; a name of several codes is ambiguous.
using NameIndex = QHash<QString, QSet<QString>>;

NameIndex index(const QString &kind)
{
    NameIndex names;
    const QJsonObject entries = table().value(kind).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        names[searchKey(it.key())].insert(it.key());
        const QJsonObject texts = it.value().toObject();
        for (auto text = texts.begin(); text != texts.end(); ++text)
            names[searchKey(text.value().toString())].insert(it.key());
        if (kind == QLatin1String("languages")) {
            const QLocale::Language language = QLocale::codeToLanguage(it.key());
            if (language != QLocale::AnyLanguage && language != QLocale::C &&
                language != QLocale::English)
                names[searchKey(QLocale(language).nativeLanguageName())].insert(it.key());
        }
    }
    names.remove(QString());
    return names;
}

QString resolve(const NameIndex &names, const QString &text)
{
    const QSet<QString> codes = names.value(searchKey(text));
    return codes.size() == 1 ? *codes.cbegin() : QString();
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

QStringList languageCodes()
{
    QStringList codes = table().value(QStringLiteral("languages")).toObject().keys();
    codes.sort();
    return codes;
}

QStringList countryCodes()
{
    QStringList codes = table().value(QStringLiteral("countries")).toObject().keys();
    codes << QStringLiteral("XX") << QStringLiteral("ZZ");
    codes.sort();
    return codes;
}

QString languageCode(const QString &text)
{
    static const NameIndex names = index(QStringLiteral("languages"));
    return resolve(names, text);
}

QString countryCode(const QString &text)
{
    static const NameIndex names = [] {
        NameIndex all = index(QStringLiteral("countries"));
        // Stateless and unknown as the form's three languages write them.
        for (const char *name : {"stateless", "kansalaisuudeton", "statslös", "xx"})
            all[searchKey(QString::fromUtf8(name))] = {QStringLiteral("XX")};
        for (const char *name : {"unknown", "tuntematon", "okänd", "okänt", "zz"})
            all[searchKey(QString::fromUtf8(name))] = {QStringLiteral("ZZ")};
        return all;
    }();
    return resolve(names, text);
}

} // namespace kotoplan::localeNames
