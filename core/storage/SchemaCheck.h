// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kotoplan {

// Whether a database is Kotoplan's as the program's migrations made it: a schema version this
// program knows, and every trigger that protects signed plans and the audit log. A file whose
// triggers were dropped would let signed plans and the trail be rewritten: it is refused.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    struct Result
    {
        int version = -1;
        QStringList missingTriggers;
        QString message; // in the user's language; empty when the database passes
        bool ok() const { return message.isEmpty(); }
    };

    static Result run(const QSqlDatabase &db);
    // The triggers the migrations leave at `version`, read from the migrations themselves.
    static QStringList expectedTriggers(const QString &migrationFolder, int version);
};

} // namespace kotoplan
