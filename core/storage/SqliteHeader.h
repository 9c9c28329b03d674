// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>

namespace kotoplan {

// The first 100 bytes of a SQLite file, read straight from the file, so a foreign, newer or
// cut-off file is judged without SQLite ever opening it.
struct SqliteHeader
{
    bool isSqlite = false;
    quint32 userVersion = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; // 0 when the header's count is not valid

    // nullopt when the file cannot be read.
    static std::optional<SqliteHeader> read(const QString &path);
};

} // namespace kotoplan
