// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

namespace kotoplan {

// Splits a migration script into single statements (Qt runs one per exec), keeping trigger
// bodies whole: they hold semicolons of their own up to their closing END;.
QStringList splitSqlScript(const QString &script);

} // namespace kotoplan
