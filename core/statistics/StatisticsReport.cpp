// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/StatisticsReport.h"

#include <QLocale>

#include <cmath>

namespace kotoplan {

const StatisticsRow *StatisticsTable::row(const QString &rowKey) const
{
    for (const StatisticsRow &candidate : rows) {
        if (candidate.key == rowKey)
            return &candidate;
    }
    return nullptr;
}

qint64 StatisticsTable::value(const QString &rowKey, const QString &valueKey) const
{
    const StatisticsRow *found = row(rowKey);
    const qsizetype column = valueKeys.indexOf(valueKey);
    if (!found || column < 0 || column >= found->values.size())
        return -1;
    return found->values.at(column);
}

double StatisticsTable::share(const StatisticsRow &row)
{
    if (row.values.size() < 2 || row.values.at(0) <= 0)
        return -1;
    return std::round(1000.0 * double(row.values.at(1)) / double(row.values.at(0))) / 10.0;
}

QString StatisticsTable::text(const StatisticsRow &row, qsizetype column) const
{
    if (column < 0 || column >= row.values.size())
        return {};
    const qint64 value = row.values.at(column);
    if (column < valueKeys.size() && minuteKeys.contains(valueKeys.at(column)))
        return QString::number(double(value) / 60.0, 'f', 1);
    if (hidesSmallCounts && value > 0 && value < 5)
        return QStringLiteral("<5");
    return QString::number(value);
}

QString StatisticsTable::shareHeader() const
{
    return tr("Share %");
}

QString StatisticsReport::firstDay() const
{
    return QStringLiteral("%1-01-01").arg(fromYear, 4, 10, QLatin1Char('0'));
}

QString StatisticsReport::lastDay() const
{
    return QStringLiteral("%1-12-31").arg(toYear, 4, 10, QLatin1Char('0'));
}

const StatisticsTable *StatisticsReport::table(const QString &key) const
{
    for (const StatisticsTable &candidate : tables) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QString StatisticsReport::toText() const
{
    const QLocale locale;
    QString text = tr("Follow-up statistics %1–%2").arg(fromYear).arg(toYear) + QLatin1Char('\n');
    for (const StatisticsTable &table : tables) {
        QList<QStringList> lines;
        QStringList heading{table.labelHeader};
        heading.append(table.valueHeaders);
        if (table.hasShare)
            heading.append(table.shareHeader());
        lines.append(heading);
        for (const StatisticsRow &row : table.rows) {
            QStringList cells{row.label};
            for (qsizetype column = 0; column < row.values.size(); ++column)
                cells.append(table.text(row, column));
            if (table.hasShare) {
                const double share = StatisticsTable::share(row);
                cells.append(share < 0 ? QStringLiteral("–") : locale.toString(share, 'f', 1));
            }
            lines.append(cells);
        }
        QList<qsizetype> widths(heading.size(), 0);
        for (const QStringList &cells : lines) {
            for (qsizetype i = 0; i < cells.size(); ++i)
                widths[i] = qMax(widths[i], cells.at(i).size());
        }
        text += QLatin1Char('\n') + table.title + QLatin1Char('\n');
        for (const QStringList &cells : lines) {
            QString line = cells.at(0).leftJustified(widths.at(0));
            for (qsizetype i = 1; i < cells.size(); ++i)
                line += QStringLiteral("  ") + cells.at(i).rightJustified(widths.at(i));
            text += line + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace kotoplan
