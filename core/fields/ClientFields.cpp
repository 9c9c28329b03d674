// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/ClientFields.h"

#include "i18n/LocaleNames.h"
#include "i18n/Translations.h"

namespace kotoplan {

QList<FieldSpec<Client>> ClientFields::all()
{
    const QString language = translations::uiLanguage();
    FieldSpec<Client> name = textField<Client>("name", tr("Name"), "name", &Client::name);
    name.required = true;
    FieldSpec<Client> dateOfBirth = dateField<Client>("dateOfBirth", tr("Date of birth"),
                                                      "date_of_birth", &Client::dateOfBirth);
    dateOfBirth.required = true;
    FieldSpec<Client> contactLanguage = textField<Client>(
        "contactLanguage", tr("Contact language"), "contact_language", &Client::contactLanguage);
    contactLanguage.text = [language](const Client &c) {
        return c.contactLanguage.isEmpty()
                   ? QString()
                   : localeNames::describeLanguages({c.contactLanguage}, language);
    };
    return {
        name,
        dateOfBirth,
        listField<Client>("motherTongues", tr("All mother tongues"), "client_mother_tongue",
                          "language", &Client::motherTongues,
                          [language](const QStringList &codes) {
                              return localeNames::describeLanguages(codes, language);
                          }),
        listField<Client>("citizenships", tr("Citizenship"), "client_citizenship", "country",
                          &Client::citizenships,
                          [language](const QStringList &codes) {
                              return localeNames::describeCountries(codes, language);
                          }),
        contactLanguage,
        textField<Client>("address", tr("Address"), "address", &Client::address),
        textField<Client>("postalCode", tr("Postal code"), "postal_code", &Client::postalCode),
        textField<Client>("postOffice", tr("Post office"), "post_office", &Client::postOffice),
        textField<Client>("phone", tr("Phone"), "phone", &Client::phone),
        textField<Client>("email", tr("E-mail"), "email", &Client::email),
        monthField<Client>("arrivedInFinland", tr("Arrival in Finland"), "arrived_in_finland",
                           &Client::arrivedInFinland),
        dateField<Client>("firstPermitDate", tr("Date of first residence permit"),
                          "first_permit_date", &Client::firstPermitDate),
    };
}

const QList<FieldSpec<Client>> &ClientFields::rules()
{
    static const QList<FieldSpec<Client>> table = all();
    return table;
}

} // namespace kotoplan
