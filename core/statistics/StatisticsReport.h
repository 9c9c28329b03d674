// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kotoplan {

// One line of a statistics table: a year, a month, a main goal, a language or a service, never
// a person.
struct StatisticsRow
{
    QString key;   // stable for files and tests: "2025", "2025-03", "work", "fi", "service-4"
    QString label; // in the UI language
    QList<qint64> values;
    bool operator==(const StatisticsRow &) const = default;
};

// One table of the follow-up figures, in the shape the view, the chart, the CSV file and the
// command line all show.
struct StatisticsTable
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTable)

public:
    QString key;         // "plans-per-year", …
    QString title;       // in the UI language
    QString labelHeader; // the heading of the label column
    QStringList valueKeys;
    QStringList valueHeaders;
    // When set, a last column shows values[1] as a percentage of values[0].
    bool hasShare = false;
    QList<StatisticsRow> rows;
    // Counts from 1 to 4 are shown as "<5", so that a rare case points at nobody; the values
    // themselves stay exact.
    bool hidesSmallCounts = false;
    // The columns whose values are minutes, shown as hours with one decimal.
    QStringList minuteKeys;

    // A value as the view, the CSV file, the PDF and the command line show it.
    QString text(const StatisticsRow &row, qsizetype column) const;

    const StatisticsRow *row(const QString &rowKey) const;
    // The value of a row and column; -1 when there is no such row or column.
    qint64 value(const QString &rowKey, const QString &valueKey) const;
    // values[1] / values[0] in percent, rounded to one decimal; -1 when values[0] is 0.
    static double share(const StatisticsRow &row);
    QString shareHeader() const;

    bool operator==(const StatisticsTable &) const = default;
};

struct StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    int fromYear = 0;
    int toYear = 0;
    QDate today; // the day the figures that depend on today were computed for
    QList<StatisticsTable> tables;
    QString error; // empty when every figure was computed

    const StatisticsTable *table(const QString &key) const;
    // The years' first and last day as ISO dates ("2026-01-01", "2026-12-31"): dates stored as
    // ISO text compare as text, so a plan of 31 December is inside its year on every engine.
    QString firstDay() const;
    QString lastDay() const;
    // The tables as aligned plain text, for the command line.
    QString toText() const;
};

} // namespace kotoplan
