// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "print/PrintedDocument.h"
#include "statistics/StatisticsReport.h"

#include <QCoreApplication>

namespace kotoplan {

// The follow-up statistics as a printed document: every table of the report with its figures
// and shares, under the municipality's name. Anonymous like the report: nothing in it names a
// client. In the UI language, the language the report's titles were made in.
class StatisticsDocument : public PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsDocument)

public:
    StatisticsDocument(StatisticsReport report, QString municipality);

    std::unique_ptr<QTextDocument> build() const override;
    QString languageCode() const override;
    QString formTitle() const override; // "Follow-up statistics 2025–2026"
    QString title() const override;     // with the municipality's name when there is one
    QString subject() const override;
    QString author() const override;      // the municipality
    QString headerLeft() const override;  // the municipality, else the title
    QString headerRight() const override; // the years and the day computed
    QString pageFooter(int page, int pages) const override;
    // kotoplan-statistics-<from>-<to>.pdf
    QString suggestedFileName() const;

private:
    StatisticsReport m_report;
    QString m_municipality;
};

} // namespace kotoplan
