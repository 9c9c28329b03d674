// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/ClientCodes.h"

#include "domain/Validation.h"
#include "i18n/LocaleNames.h"

#include <QCoreApplication>

namespace kotoplan::clientCodes {

QString language(const QString &text)
{
    const QString code = localeNames::languageCode(text);
    return code.isEmpty() ? text.trimmed() : code;
}

QString country(const QString &text)
{
    const QString code = localeNames::countryCode(text);
    return code.isEmpty() ? text.trimmed() : code;
}

QString phone(const QString &text)
{
    const QString international = Validation::normalisedPhone(text);
    return international.isEmpty() ? text : international;
}

Client normalised(Client client)
{
    for (QString &tongue : client.motherTongues)
        tongue = language(tongue);
    for (QString &citizenship : client.citizenships)
        citizenship = country(citizenship);
    if (!client.contactLanguage.trimmed().isEmpty())
        client.contactLanguage = language(client.contactLanguage);
    client.phone = phone(client.phone);
    return client;
}

QStringList uncoded(const Client &client)
{
    QStringList found;
    for (const QString &tongue : client.motherTongues) {
        if (localeNames::language(tongue, QStringLiteral("en")).isEmpty())
            found.append(
                QCoreApplication::translate("ClientCodes", "mother tongue: %1").arg(tongue));
    }
    for (const QString &citizenship : client.citizenships) {
        if (localeNames::country(citizenship, QStringLiteral("en")).isEmpty())
            found.append(
                QCoreApplication::translate("ClientCodes", "citizenship: %1").arg(citizenship));
    }
    if (!client.contactLanguage.isEmpty() &&
        localeNames::language(client.contactLanguage, QStringLiteral("en")).isEmpty())
        found.append(QCoreApplication::translate("ClientCodes", "contact language: %1")
                         .arg(client.contactLanguage));
    return found;
}

QString groupedPhone(const QString &phone)
{
    if (Validation::normalisedPhone(phone) != phone)
        return phone;
    if (phone.startsWith(QLatin1String("+358"))) {
        // Mobile numbers (04x, 050) and most area codes have two digits, Helsinki's 09 one.
        const QString national = phone.mid(4);
        const int area = national.startsWith(QLatin1Char('9')) ? 1 : 2;
        QString rest = national.mid(area);
        QStringList groups{QStringLiteral("+358"), national.left(area)};
        while (rest.size() > 4) {
            groups.append(rest.left(3));
            rest = rest.mid(3);
        }
        groups.append(rest);
        return groups.join(QLatin1Char(' '));
    }
    QStringList groups;
    QString rest = phone.mid(1);
    groups.append(QLatin1Char('+') + rest.left(rest.startsWith(QLatin1Char('1')) ? 1 : 2));
    rest = rest.mid(groups.first().size() - 1);
    while (rest.size() > 4) {
        groups.append(rest.left(3));
        rest = rest.mid(3);
    }
    groups.append(rest);
    return groups.join(QLatin1Char(' '));
}

} // namespace kotoplan::clientCodes
