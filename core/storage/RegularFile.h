// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kotoplan {

// Reads at most `limit` bytes of a regular file. A device (/dev/zero), a pipe or a folder is
// never read and never waited on: `regular` turns false and nothing is returned. The file is
// opened without blocking and checked on the descriptor that is read, so it cannot be swapped
// for something else between the check and the read.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 limit, bool *regular);

} // namespace kotoplan
