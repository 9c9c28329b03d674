// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchange/ImportMatching.h"
#include "exchange/PlanJson.h"
#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kotoplan {

// Takes in a plan file from another municipality as a draft, for a client who moves.
// A file that is not right is refused whole: nothing is written.
class PlanImport
{
    Q_DECLARE_TR_FUNCTIONS(PlanImport)

public:
    static constexpr qint64 maxBytes = 1024 * 1024;
    // Objects and lists inside each other: the document, plan, subGoals, one sub-goal.
    static constexpr int maxDepth = 4;

    struct Result
    {
        enum class Status
        {
            Imported,
            Duplicate,
            Refused,
            Failed
        };
        Status status = Status::Refused;
        QString message; // in the user's language
        Problems problems;
        qint64 clientId = 0;
        qint64 planId = 0;
        // A known client whose details in the file differ: nothing of them is taken unless
        // asked for, field by field.
        QList<ClientDifference> differences;
        bool ok() const { return status == Status::Imported; }
    };

    // Reads and checks the file without touching any database.
    static Result check(const QByteArray &bytes, PlanJson::Read *read);
    // An import writes an "imported" line in the name of `actor`, with the file's SHA-256 and
    // the sending municipality.
    static Result importFile(QSqlDatabase db, const QString &path,
                             const AuditActor &actor = AuditActor::fromSettings(),
                             const QStringList &takeFromFile = {});
    // `takeFromFile` names the client's fields (or "all") whose values in the file replace the
    // stored ones of a known client.
    static Result importBytes(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                              const AuditActor &actor = AuditActor::fromSettings(),
                              const QStringList &takeFromFile = {});

    // The deepest nesting of objects and lists in JSON text, strings skipped.
    static int nestingDepth(const QByteArray &json);
};

} // namespace kotoplan
