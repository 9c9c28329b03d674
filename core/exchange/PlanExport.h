// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// Hands a plan over to the employment authority: the printed plan as PDF/A and the plan as
// JSON side by side, with matching names, and a line in the hand-over register.
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)

public:
    struct Request
    {
        qint64 planId = 0;
        QString folder;
        QString receiver;
        QString municipality;
        QString officer;
        QString language = QStringLiteral("fi"); // of the PDF
        bool withLifeSituation = false;          // may hold health data: only on request
    };

    struct Result
    {
        bool ok = false;
        QString message; // in the user's language; names files, never content
        QString pdfPath;
        QString jsonPath;
        QString pdfSha256;
    };

    // Writes both files whole or neither, each readable by its owner alone.
    static Result run(QSqlDatabase db, const Request &request);
};

} // namespace kotoplan
