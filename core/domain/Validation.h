// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kotoplan {

// One thing wrong with a value: the field's key (as in form-fields.md) and a message in the
// user's language.
struct Problem
{
    QString field;
    QString message;
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Every problem of a client at once, so the form can mark all fields in one go.
    static Problems check(const Client &client, QDate today);
    // Every problem of a plan, given its client (the plan's dates must fit the client's).
    static Problems check(const Plan &plan, const Client &client, QDate today);

    static bool isFinnishPostalCode(const QString &text);
    static bool isEmailAddress(const QString &text);
    // The phone number in E.164 (+358401234567), Finnish numbers without a prefix assumed;
    // empty when the text is no phone number.
    static QString normalisedPhone(const QString &text);
    static QStringList fields(const Problems &problems);
};

} // namespace kotoplan
