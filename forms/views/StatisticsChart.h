// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QChartView>

namespace kotoplan {

// A horizontal bar chart of a statistics table's first figure, one bar a row, in the table's
// order from the top; the total row is left out, since it would dwarf the others.
class StatisticsChart : public QChartView
{
    Q_OBJECT

public:
    explicit StatisticsChart(QWidget *parent = nullptr);

    void setTable(const StatisticsTable &table);
    // The bars as shown: label and value, top first (for tests and screen readers).
    QList<std::pair<QString, qreal>> bars() const { return m_bars; }

private:
    QList<std::pair<QString, qreal>> m_bars;
};

} // namespace kotoplan
