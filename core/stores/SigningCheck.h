// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace kotoplan {

// What the window checks before it asks to sign a draft: every reason PlanStore::sign would
// refuse it, and the fields that a signed paper form cannot do without (the main goal, a
// sub-goal, the rights discussed and the plan understood), each with its label.
class SigningCheck
{
    Q_DECLARE_TR_FUNCTIONS(SigningCheck)

public:
    struct Missing
    {
        QString field; // the key, as Validation names it
        QString label; // in the UI language
        QString message;
        bool operator==(const Missing &) const = default;
    };

    explicit SigningCheck(QSqlDatabase db);

    // Empty when the plan can be signed on `signedOn` by `officer` now.
    QList<Missing> missing(qint64 planId, QDate signedOn, const QString &officer) const;
    // The list as lines for a message: "Main goal: Choose the main goal."
    static QString describe(const QList<Missing> &missing);

private:
    QSqlDatabase m_db;
};

} // namespace kotoplan
