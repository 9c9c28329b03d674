// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "exchange/ImportMatching.h"
#include "exchange/PlanJson.h"
#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

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

    // A file read and checked, and the stored client it matches, before anything is written:
    // the window shows the officer the client's details that differ, to choose field by field,
    // and then imports these very bytes.
    struct Preview
    {
        Result result; // Refused or Failed with the reasons; else the file may be imported
        QByteArray bytes;
        QString fileName;
        Client inFile;
        std::optional<Client> stored; // the known client the file is matched to
    };

    // Reads and checks the file without touching any database.
    static Result check(const QByteArray &bytes, PlanJson::Read *read);
    // Reads and checks the file and finds the client it names; writes nothing.
    static Preview preview(QSqlDatabase db, const QString &path);
    // An import writes an "imported" line in the name of `actor`, with the file's SHA-256 and
    // the sending municipality.
    static Result importFile(QSqlDatabase db, const QString &path,
                             const AuditActor &actor = AuditActor::fromSettings(),
                             const QStringList &takeFromFile = {});
    // `takeFromFile` names the client's fields (or "all") whose values in the file replace the
    // stored ones of a known client; the audit line names the fields taken ("took=phone,…"):
    // the "imported" line, or a "changed" line of the client when the plan was there already.
    static Result importBytes(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                              const AuditActor &actor = AuditActor::fromSettings(),
                              const QStringList &takeFromFile = {});

    // The deepest nesting of objects and lists in JSON text, strings skipped.
    static int nestingDepth(const QByteArray &json);

private:
    // Reads at most maxBytes of a regular file into `bytes`; a refusal when it cannot.
    static Result readFile(const QString &path, QByteArray *bytes);
};

} // namespace kotoplan
