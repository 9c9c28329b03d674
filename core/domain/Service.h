// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace kotoplan {

// One service of the municipality's integration programme, as the catalogue offers it to the
// sub-goal table. Names and descriptions come in the three languages of the program, since the
// plan is printed in the client's language; the rest is the municipality's own wording.
struct Service
{
    qint64 id = 0; // 0 until stored
    QString nameFi;
    QString nameSv;
    QString nameEn;
    QString descriptionFi;
    QString descriptionSv;
    QString descriptionEn;
    QString responsible;  // a party key (see party::keys()) or the municipality's own text
    QStringList partners; // cooperation partners: party keys or own texts
    QString followUpFi;   // how the municipality follows the service up, in each language
    QString followUpSv;
    QString followUpEn;
    bool active = true; // inactive services stay on old plans but are no longer offered
    int rowVersion = 0; // the stored version this value was read at

    // The name in "fi", "sv" or "en"; another language's name when that one is empty.
    QString name(const QString &language) const;
    QString description(const QString &language) const;
    QString followUp(const QString &language) const;
    bool operator==(const Service &) const = default;
};

} // namespace kotoplan
