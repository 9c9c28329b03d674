// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Measure.h"

#include <QJsonObject>
#include <QTextStream>

namespace kotoplan::bench {

// What the figures were measured on: the machine, the data set, the runs.
QJsonObject machineDescription();

// One table, one line an operation: median, min–max, p90, floor, ratio, target, peak memory.
void printTable(QTextStream &out, const QList<Result> &results);
// The engines side by side, one line an operation: each engine's median and ratio to its own
// floor, the target, and whether each engine meets it. `engines` pairs a name with its results.
void printComparison(QTextStream &out, const QList<std::pair<QString, QList<Result>>> &engines);
// The same as JSON, with `context` (data set, machine) beside it; false when it cannot write.
bool writeJson(const QString &path, const QList<Result> &results, const QJsonObject &context);

} // namespace kotoplan::bench
