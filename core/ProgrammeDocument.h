// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Service.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace kotoplan {

// The document that describes the municipality's integration programme, as the integration
// act (681/2023) asks of every municipality: the services of the initial stage, who is
// responsible for them and with whom they are arranged. Built from the active services of the
// catalogue in one language, whatever the UI's; the PDF/A output goes through the PdfWriter.
class ProgrammeDocument
{
public:
    struct Options
    {
        QString language = QStringLiteral("fi"); // "fi", "sv" or "en"
        QString municipality;                    // shown in the title when given
        QDate date;                              // the document's date
    };

    static std::unique_ptr<QTextDocument> build(const QList<Service> &services,
                                                const Options &options);
};

} // namespace kotoplan
