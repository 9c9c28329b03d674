// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace kotoplan {

// An erasure reaches every copy of the database in its backups folder: each backup, daily,
// manual, before an upgrade or before a restore, that holds the erased client is rewritten
// without them (the same deletions, then VACUUM); a copy that cannot be rewritten (an old
// schema, a damaged file, a .damaged copy kept for inspection) is removed.
class BackupScrub
{
    Q_DECLARE_TR_FUNCTIONS(BackupScrub)

public:
    struct Result
    {
        int rewritten = 0;
        int removed = 0;
        QStringList failed; // copies that could neither be rewritten nor removed
        // What happened, for the erasure dialog; empty when no copy held the client.
        QString message() const;
    };

    // The client is recognised by id, name and date of birth together.
    static Result run(const QString &databasePath, qint64 clientId, const QString &name,
                      QDate dateOfBirth, const AuditActor &actor);
};

} // namespace kotoplan
