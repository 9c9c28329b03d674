// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// Fills a database with invented clients and plans for demonstrations, tests and the
// benchmark: names and texts in several scripts, first plans, reviews, signed plans and drafts.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Result
    {
        int clients = 0;
        int plans = 0;
        QString error; // empty on success
    };

    // The same seed gives the same data; dates are relative to Clock::today().
    static Result generate(QSqlDatabase db, int clients, quint32 seed = 2026);
};

} // namespace kotoplan
