// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kotoplan {

// The municipality's follow-up figures of its integration programme, for a range of years.
// Anonymous by construction: every query groups and counts, and no name, date of birth or
// free text of a plan leaves the database.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    explicit Statistics(QSqlDatabase db);

    // Plans count by the day they were drawn up (field 3), drafts and signed plans alike.
    // Service names are given in `language` ("fi", "sv", "en"); the eligibility figure is
    // for `today`.
    StatisticsReport compute(int fromYear, int toYear, QDate today, const QString &language) const;

    static int earliestYear() { return 2000; }
    static int latestYear() { return 2100; }

private:
    bool plansPerPeriod(StatisticsReport &report) const;
    bool mainGoals(StatisticsReport &report) const;
    bool reviewsOnTime(StatisticsReport &report) const;
    bool services(StatisticsReport &report, const QString &language) const;
    bool closingWindows(StatisticsReport &report) const;

    QSqlDatabase m_db;
};

} // namespace kotoplan
