// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QStringList>

namespace kotoplan {

// The audit log as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote
// or a line break, quotes doubled), UTF-8, a header line first.
class AuditLogExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogExport)

public:
    static QString toCsv(const QList<AuditEntry> &entries);
    static QString csvField(const QString &value);
    // Writes the whole file or nothing (QSaveFile), readable by its owner alone. On failure
    // `error` names the file and the reason.
    static bool writeCsv(const QList<AuditEntry> &entries, const QString &path, QString *error);
};

} // namespace kotoplan
