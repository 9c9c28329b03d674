// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/StatisticsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <cmath>

namespace kotoplan {

StatisticsChart::StatisticsChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumWidth(320);
}

void StatisticsChart::setTable(const StatisticsTable &table)
{
    m_bars.clear();
    for (const StatisticsRow &row : table.rows) {
        if (row.key != QLatin1String("total") && !row.values.isEmpty())
            m_bars.append({row.label, qreal(row.values.first())});
    }

    // A fresh chart each time: axes removed from a chart keep drawing their old labels.
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));

    // A horizontal bar series draws its first category at the bottom: add them reversed so
    // the chart reads in the table's order.
    auto *set = new QBarSet(table.valueHeaders.value(0));
    QStringList categories;
    qreal maximum = 0;
    for (auto bar = m_bars.crbegin(); bar != m_bars.crend(); ++bar) {
        set->append(bar->second);
        categories.append(bar->first);
        maximum = qMax(maximum, bar->second);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    // A long name ("Toimiva suomen tai ruotsin kielen perustaito") takes the room it needs from
    // the bars rather than ending in "…".
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    // Ticks on whole numbers, at most five steps: counts have no fractions.
    const int most = qMax(1, int(std::ceil(maximum)));
    const int step = (most + 4) / 5;
    const int top = step * ((most + step - 1) / step);
    valueAxis->setRange(0, top);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->setTitle(table.valueHeaders.value(0));
    setChart(chart); // the view owns the chart and deletes the one before
}

} // namespace kotoplan
