// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/AuditLog.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace kotoplan {

// What erasing a client takes away, for the officer to see before saying yes.
struct ErasurePreview
{
    qint64 clientId = 0;
    QString clientName;
    QDate dateOfBirth;
    int plans = 0;
    int signedPlans = 0;
    int subGoals = 0;
    int participants = 0;
    int outcomes = 0;
    int exchanges = 0; // lines of the hand-over register
    bool operator==(const ErasurePreview &) const = default;
};

// Erases a client with every row that holds their personal data: the client, their plans with
// participants, sub-goals and outcomes, and the hand-over register's lines of those plans. The
// audit log keeps its lines (ids only, no content) and gains one "erased" line. Afterwards the
// database file is rewritten, so the erased text is not left in free pages or the write-ahead
// log. Signed plans go only through the explicit scope; the database refuses any other delete.
class ClientErasure
{
    Q_DECLARE_TR_FUNCTIONS(ClientErasure)

public:
    enum class Scope
    {
        WithoutSignedPlans,   // refused (Status::Signed) when the client has a signed plan
        IncludingSignedPlans, // on request, or when the retention period has ended
    };

    ClientErasure(QSqlDatabase db, AuditLog audit);

    std::optional<ErasurePreview> preview(qint64 clientId) const;
    // One transaction; on success the file is compacted. A compaction that could not run
    // (another program reading the file) leaves status Ok with a warning in `message`: the
    // data is gone from the tables and its pages are zeroed, the next erase compacts again.
    StoreResult erase(qint64 clientId, Scope scope);
    // The rows alone, their pages zeroed, inside the caller's transaction when there is one (a
    // restore erases again in its own); compact() once that transaction is committed.
    StoreResult eraseWithin(qint64 clientId, Scope scope);
    // Rebuilds the file without free pages and empties the write-ahead log, whose older frames
    // may still hold erased rows. Empty when done, else a warning for the officer.
    QString compact();
    // erase(), then every backup copy of the file (BackupScrub): the message says what
    // happened to the copies, and any warning of the compaction.
    StoreResult eraseEverywhere(qint64 clientId, Scope scope);

private:
    StoreResult eraseRows(qint64 clientId, Scope scope);
    StoreResult eraseOnServer(qint64 clientId, Scope scope);
    static QString signedRefusal();
    QSqlDatabase m_db;
    AuditLog m_audit;
};

} // namespace kotoplan
