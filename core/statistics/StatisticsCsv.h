// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kotoplan {

// The statistics as one CSV file (RFC 4180, UTF-8, CRLF), one figure a line, so that a
// spreadsheet can pivot it and a program can read it back:
//   table,row,label,column,value
//   plans-per-year,2025,2025,plans,12
// A table with a share adds the column "share-percent" with a dot as decimal separator.
class StatisticsCsv
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCsv)

public:
    static QByteArray toCsv(const StatisticsReport &report);
    // Writes the file atomically with mode 0600; on failure the message names the file and
    // any earlier file of that name is left as it was.
    static bool write(const StatisticsReport &report, const QString &path, QString *error);

    // RFC 4180: quotes a field holding a comma, a quote or a line break.
    static QString field(const QString &text);
    // The records of a CSV text; quoted fields may hold commas, quotes and line breaks.
    static QList<QStringList> parse(const QString &text);
};

} // namespace kotoplan
