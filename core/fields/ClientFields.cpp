// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/ClientFields.h"

#include "domain/DateText.h"
#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"

namespace kotoplan {

QList<FieldSpec<Client>> ClientFields::all()
{
    const QString language = translations::uiLanguage();
    return {
        textField<Client>("name", tr("Name"), &Client::name),
        {QStringLiteral("dateOfBirth"), tr("Date of birth"),
         [](const Client &c) { return dateText::formatDate(c.dateOfBirth); },
         [](Client &to, const Client &from) {
             to.dateOfBirth = from.dateOfBirth;
         }},
        {QStringLiteral("motherTongues"), tr("All mother tongues"),
         [language](const Client &c) {
             return localeNames::describeLanguages(c.motherTongues, language);
         },
         [](Client &to, const Client &from) {
             to.motherTongues = from.motherTongues;
         }},
        {QStringLiteral("citizenships"), tr("Citizenship"),
         [language](const Client &c) {
             return localeNames::describeCountries(c.citizenships, language);
         },
         [](Client &to, const Client &from) {
             to.citizenships = from.citizenships;
         }},
        {QStringLiteral("contactLanguage"), tr("Contact language"),
         [language](const Client &c) {
             return c.contactLanguage.isEmpty()
                        ? QString()
                        : localeNames::describeLanguages({c.contactLanguage}, language);
         },
         [](Client &to, const Client &from) {
             to.contactLanguage = from.contactLanguage;
         }},
        textField<Client>("address", tr("Address"), &Client::address),
        textField<Client>("postalCode", tr("Postal code"), &Client::postalCode),
        textField<Client>("postOffice", tr("Post office"), &Client::postOffice),
        textField<Client>("phone", tr("Phone"), &Client::phone),
        textField<Client>("email", tr("E-mail"), &Client::email),
        {QStringLiteral("arrivedInFinland"), tr("Arrival in Finland"),
         [](const Client &c) { return dateText::formatYearMonth(c.arrivedInFinland); },
         [](Client &to, const Client &from) {
             to.arrivedInFinland = from.arrivedInFinland;
         }},
        {QStringLiteral("firstPermitDate"), tr("Date of first residence permit"),
         [](const Client &c) { return dateText::formatDate(c.firstPermitDate); },
         [](Client &to, const Client &from) {
             to.firstPermitDate = from.firstPermitDate;
         }},
    };
}

} // namespace kotoplan
