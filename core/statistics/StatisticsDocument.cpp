// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/StatisticsDocument.h"

#include "statistics/StatisticsChartImage.h"

#include "domain/DateText.h"
#include "i18n/Translations.h"
#include "print/FormCursor.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextTable>

namespace kotoplan {

namespace {

// Figures read down their column by their last digit.
void alignFiguresRight(const QList<QTextFrame *> &frames)
{
    auto *table = frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.constLast());
    if (!table)
        return;
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 1; column < table->columns(); ++column) {
            QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
            QTextBlockFormat format = cursor.blockFormat();
            format.setAlignment(Qt::AlignRight);
            cursor.setBlockFormat(format);
        }
    }
}

} // namespace

StatisticsDocument::StatisticsDocument(StatisticsReport report, QString municipality)
    : m_report(std::move(report))
    , m_municipality(std::move(municipality).trimmed())
{}

std::unique_ptr<QTextDocument> StatisticsDocument::build() const
{
    std::unique_ptr<QTextDocument> document = newDocument();

    const QLocale locale;
    constexpr qreal chartWidth = 420; // points, of the 495 between the margins
    FormCursor form(document.get());
    form.title(title());
    form.text(tr("Computed on %1. Plans count by the day they were drawn up. The figures are "
                 "anonymous: no client is named.")
                  .arg(dateText::formatDate(m_report.today)));
    for (const StatisticsTable &table : m_report.tables) {
        form.heading(table.title);
        QStringList headers{table.labelHeader};
        headers.append(table.valueHeaders);
        if (table.hasShare)
            headers.append(table.shareHeader());
        QList<QStringList> rows;
        for (const StatisticsRow &row : table.rows) {
            QStringList cells{row.label};
            for (qsizetype column = 0; column < row.values.size(); ++column)
                cells.append(table.text(row, column));
            if (table.hasShare) {
                const double share = StatisticsTable::share(row);
                cells.append(share < 0 ? QStringLiteral("–") : locale.toString(share, 'f', 1));
            }
            rows.append(cells);
        }
        // The label column takes what the figures leave, and at least half the page.
        const int figures = int(headers.size()) - 1;
        const int figureWidth = figures > 0 ? qMin(16, 50 / figures) : 0;
        QList<int> widths{100 - figures * figureWidth};
        for (int column = 0; column < figures; ++column)
            widths.append(figureWidth);
        form.table(headers, rows, widths, 1);
        alignFiguresRight(document->rootFrame()->childFrames());
        // The view's chart of the table, under it.
        form.picture(statisticsChart::render(table, chartWidth), table.key, chartWidth);
    }
    return document;
}

QString StatisticsDocument::languageCode() const
{
    return translations::languageFor(QLocale());
}

QString StatisticsDocument::formTitle() const
{
    return tr("Follow-up statistics %1–%2").arg(m_report.fromYear).arg(m_report.toYear);
}

QString StatisticsDocument::title() const
{
    if (m_municipality.isEmpty())
        return formTitle();
    return tr("%1: follow-up statistics %2–%3")
        .arg(m_municipality)
        .arg(m_report.fromYear)
        .arg(m_report.toYear);
}

QString StatisticsDocument::subject() const
{
    return tr("The follow-up figures of the integration programme, %1–%2")
        .arg(m_report.fromYear)
        .arg(m_report.toYear);
}

QString StatisticsDocument::author() const
{
    return m_municipality;
}

QString StatisticsDocument::headerLeft() const
{
    return m_municipality.isEmpty() ? formTitle() : m_municipality;
}

QString StatisticsDocument::headerRight() const
{
    return tr("%1, computed on %2").arg(formTitle(), dateText::formatDate(m_report.today));
}

QString StatisticsDocument::pageFooter(int page, int pages) const
{
    return tr("Page %1 / %2").arg(page).arg(pages);
}

QString StatisticsDocument::suggestedFileName() const
{
    return QStringLiteral("kotoplan-statistics-%1-%2.pdf")
        .arg(m_report.fromYear)
        .arg(m_report.toYear);
}

} // namespace kotoplan
