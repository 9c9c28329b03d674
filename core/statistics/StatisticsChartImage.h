// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QImage>

namespace kotoplan {

// The statistics view's chart of a table, drawn for paper with QPainter alone (the core has no
// QtCharts): one horizontal bar a row in the table's order, the totals left out, the first
// figure's value at the end of each bar as the table shows it ("<5" included).
namespace statisticsChart {

// The chart `widthPoints` wide at `dotsPerInch`; a null image for a table without rows.
QImage render(const StatisticsTable &table, qreal widthPoints, int dotsPerInch = 200);

} // namespace statisticsChart
} // namespace kotoplan
