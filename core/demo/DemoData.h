// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// Fills a database with invented clients and plans for demonstrations, tests and the
// benchmark: names of many language groups in their own scripts (DemoNames), 1 to 4 plans a
// client (first plans, reviews, signed plans and drafts) with 5 to 15 sub-goals each. A client
// whose permit is newer than the first meeting has no plan yet. Everything is written in one
// transaction: all of it or, on a failure, nothing.
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
