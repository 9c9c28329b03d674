// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace kotoplan {

// A month and a year without a day: the form asks when the client came to Finland in that form.
struct YearMonth
{
    int year = 0;
    int month = 0;

    bool isNull() const { return year == 0 && month == 0; }
    bool isValid() const { return year >= 1900 && month >= 1 && month <= 12; }
    QDate firstDay() const { return isValid() ? QDate(year, month, 1) : QDate(); }
    QDate lastDay() const;
    QString toIso() const; // "2024-05", empty when null
    static YearMonth fromIso(const QString &text);
    bool operator==(const YearMonth &) const = default;
};

// The client's personal data: fields 4 to 13 of the paper form.
struct Client
{
    qint64 id = 0; // 0 until stored
    QString name;
    QDate dateOfBirth;
    QStringList motherTongues; // ISO 639 codes or free text, in the order given
    QStringList citizenships;  // ISO 3166 alpha-2 codes, "XX" stateless, "ZZ" unknown
    QString contactLanguage;
    QString address;
    QString postalCode;
    QString postOffice;
    QString phone;
    QString email;
    YearMonth arrivedInFinland;
    QDate firstPermitDate;
    int rowVersion = 0; // the stored version this value was read at

    bool operator==(const Client &) const = default;
};

} // namespace kotoplan
