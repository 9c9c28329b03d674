// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Measure.h"

#include <QSqlDatabase>

namespace kotoplan::bench {

// The bench's database and the plans it works on.
struct DataSet
{
    QString path;   // the SQLite file, or a postgresql:// address
    QString engine; // "SQLite" or "PostgreSQL", for the table
    bool shared = false;
    int clients = 0;
    int plans = 0;
    int runs = 11;
    int copies = 1;           // the generated clients are clients / copies, then copied in SQL
    qint64 largestPlanId = 0; // the plan with the most sub-goals: printed and exported
    qint64 draftPlanId = 0;   // a draft with many sub-goals: opened and saved
    bool searchOnly = false;  // --only-search: the keystrokes alone, to measure or profile them
};

// The jobs that need no widgets: the case list, statistics, JSON export and the PDF.
QList<Result> dataBench(const DataSet &data, QSqlDatabase db);
// A bare connection to the bench's database, without Database's checks and settings; the
// caller closes it and removes `name`.
QSqlDatabase rawConnection(const DataSet &data, const QString &name);
// Finds the plans the benches work on; false when the database holds none.
bool choosePlans(DataSet &data, QSqlDatabase db);

} // namespace kotoplan::bench
