// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>

namespace kotoplan::bench {

// Multiplies the clients and plans of a generated database `copies` times over, in SQL: each
// copy has new ids and the same names, dates, plans and rows, signed as the original. Far
// quicker than generating every client on a busy machine; the scale is the same, the names
// repeat (a search then matches `copies` times as many clients). False when a statement failed.
bool replicate(QSqlDatabase db, int copies, bool shared);

} // namespace kotoplan::bench
