// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "print/PrintedDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kotoplan {

// Writes a printed document (a plan, the programme, the statistics) as PDF/A-1b on A4, fonts
// embedded, with title, author and subject.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)

public:
    struct Result
    {
        bool ok = false;
        int pages = 0;
        QString message; // in the user's language, names the file and nothing of its content
    };

    // The PDF's bytes; `pages` receives the page count. Empty when the painter fails.
    static QByteArray render(const PrintedDocument &document, int *pages = nullptr);
    // Writes the file whole or not at all (a failure leaves no file and an existing one as it
    // was), readable by its owner alone.
    static Result write(const PrintedDocument &document, const QString &path);
};

} // namespace kotoplan
