// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kotoplan {

// The figures the municipality claims interpreting costs with, from the meeting record: per
// year and month the meetings held, those interpreted and their hours, and the meetings missed,
// with or without an interpreter booked; and the interpreted meetings by language and mode.
// Counts under 5 show as "<5".
class MeetingStatistics
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStatistics)

public:
    explicit MeetingStatistics(QSqlDatabase db);
    // Appends the tables "meetings-per-year", "meetings-per-month" and
    // "interpreted-meetings"; false when the database could not be read.
    // Languages are named in `language` ("fi", "sv", "en").
    bool addTo(StatisticsReport &report, const QString &language) const;

private:
    bool perPeriod(StatisticsReport &report) const;
    bool byLanguage(StatisticsReport &report, const QString &language) const;

    QSqlDatabase m_db;
};

} // namespace kotoplan
