// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/ColumnFit.h"

#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>

#include <cmath>

namespace kotoplan {

QList<qreal> widestWords(const QStringList &headers, const QList<QStringList> &rows,
                         const QTextCharFormat &text, const QTextCharFormat &label)
{
    QImage device(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(72 / 0.0254);
    device.setDotsPerMeterX(dotsPerMeter);
    device.setDotsPerMeterY(dotsPerMeter);
    const QFontMetricsF textMetrics(text.font(), &device);
    const QFontMetricsF labelMetrics(label.font(), &device);
    QList<qreal> widths(headers.size(), 0);
    const auto measure = [&widths](int column, const QString &value, const QFontMetricsF &metrics) {
        for (const QString &word :
             value.split(QRegularExpression(QStringLiteral("[\\s/]+")), Qt::SkipEmptyParts))
            widths[column] = qMax(widths[column], metrics.horizontalAdvance(word));
    };
    for (int column = 0; column < headers.size(); ++column)
        measure(column, headers.at(column), labelMetrics);
    for (const QStringList &row : rows) {
        for (int column = 0; column < headers.size() && column < row.size(); ++column)
            measure(column, row.at(column), textMetrics);
    }
    for (qreal &width : widths)
        width += 2 * 3 + 2; // the cell padding and the borders
    return widths;
}

QList<int> fittedPercents(QList<int> percents, const QList<qreal> &needed)
{
    constexpr qreal bodyWidth = 595.28 - 2 * 50; // A4 less the side margins (PlanPages), points
    for (int column = 0; column < percents.size() && column < needed.size(); ++column) {
        const int wanted = int(std::ceil(needed.at(column) * 100 / bodyWidth));
        while (percents.at(column) < wanted) {
            int donor = -1;
            for (int other = 0; other < percents.size(); ++other) {
                const qreal spare = percents.at(other) - needed.value(other) * 100 / bodyWidth;
                if (other != column && spare >= 1 &&
                    (donor < 0 ||
                     spare > percents.at(donor) - needed.value(donor) * 100 / bodyWidth))
                    donor = other;
            }
            if (donor < 0)
                break;
            --percents[donor];
            ++percents[column];
        }
    }
    return percents;
}

} // namespace kotoplan
