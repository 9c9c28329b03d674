// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Service.h"
#include "print/PrintLanguage.h"
#include "print/PrintedDocument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace kotoplan {

// The document that describes the municipality's integration programme, as the integration
// act (681/2023) asks of every municipality: the services of the initial stage, who is
// responsible for them and with whom they are arranged. Built from the active services of the
// catalogue in one language, whatever the UI's; printed and written as PDF/A like the plan.
class ProgrammeDocument : public PrintedDocument
{
public:
    struct Options
    {
        QString language = QStringLiteral("fi"); // "fi", "sv" or "en"
        QString municipality;                    // shown in the title when given
        QDate date;                              // the document's date
    };

    ProgrammeDocument(QList<Service> services, Options options);

    std::unique_ptr<QTextDocument> build() const override;
    QString languageCode() const override { return m_language->code(); }
    QString formTitle() const override; // "The integration programme"
    QString title() const override;     // with the municipality's name when there is one
    QString subject() const override;
    QString author() const override;      // the municipality
    QString headerLeft() const override;  // the title
    QString headerRight() const override; // the document's date
    QString pageFooter(int page, int pages) const override;
    // integration-programme-<date>.pdf in the document's language.
    QString suggestedFileName() const;

private:
    QString t(const char *source) const;

    QList<Service> m_services;
    Options m_options;
    std::shared_ptr<PrintLanguage> m_language;
};

} // namespace kotoplan
