// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "DataBench.h"

namespace kotoplan::bench {

// The jobs an officer waits for on screen, through the real widgets offscreen: search as you
// type in the case list, a plan into the editor, saving one changed field.
QList<Result> widgetBench(const DataSet &data, QSqlDatabase db);
// Search as you type alone: each keystroke through the view, its model alone, its raw query.
QList<Result> searchBench(const DataSet &data, QSqlDatabase db);
// The program's start to a usable window, the executable launched as a user would.
Result startupBench(const DataSet &data, const QString &executable);

} // namespace kotoplan::bench
