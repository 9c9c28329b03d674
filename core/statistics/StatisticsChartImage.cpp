// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/StatisticsChartImage.h"

#include "print/FormCursor.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <utility>

namespace kotoplan::statisticsChart {

QImage render(const StatisticsTable &table, qreal widthPoints, int dotsPerInch)
{
    QList<qsizetype> rows;
    qint64 maximum = 0;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const StatisticsRow &candidate = table.rows.at(row);
        if (candidate.key == QLatin1String("total") || candidate.values.isEmpty())
            continue;
        rows.append(row);
        maximum = qMax(maximum, candidate.values.first());
    }
    if (rows.isEmpty())
        return {};

    // Points throughout, scaled to the image's dots.
    constexpr qreal barPoints = 11;
    constexpr qreal gapPoints = 3;
    constexpr qreal titlePoints = 16;
    const qreal scale = dotsPerInch / 72.0;
    const qreal heightPoints = titlePoints + rows.size() * (barPoints + gapPoints) + 4;
    QImage image(QSize(qCeil(widthPoints * scale), qCeil(heightPoints * scale)),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    image.fill(Qt::white);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The fonts know the image's resolution; the geometry is given in points.
    const auto px = [scale](const QRectF &points) {
        return QRectF(points.topLeft() * scale, points.size() * scale);
    };
    QFont font;
    font.setFamilies(FormCursor::printFamilies());
    font.setPointSizeF(7.5);
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(8.5);
    painter.setFont(QFont(bold, &image));
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(px(QRectF(0, 0, widthPoints, titlePoints)), Qt::AlignLeft | Qt::AlignVCenter,
                     table.valueHeaders.value(0));

    painter.setFont(QFont(font, &image));
    const QFontMetricsF metrics(painter.font(), &image);
    const qreal labelWidth = widthPoints * 0.34;
    const qreal valueWidth = 30;
    const qreal barArea = widthPoints - labelWidth - valueWidth - 8;
    qreal y = titlePoints;
    for (const qsizetype index : std::as_const(rows)) {
        const StatisticsRow &row = table.rows.at(index);
        const QRectF labelBox(0, y, labelWidth - 4, barPoints);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(px(labelBox), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.label, Qt::ElideRight, labelBox.width() * scale));
        const qreal length = maximum > 0 ? barArea * qreal(row.values.first()) / qreal(maximum) : 0;
        painter.fillRect(px(QRectF(labelWidth, y + 1, length, barPoints - 2)),
                         QColor(0x2e, 0x6d, 0xa4));
        painter.drawText(px(QRectF(labelWidth + length + 3, y, valueWidth, barPoints)),
                         Qt::AlignLeft | Qt::AlignVCenter, table.text(row, 0));
        y += barPoints + gapPoints;
    }
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.5 * scale));
    painter.drawLine(QPointF(labelWidth, titlePoints) * scale, QPointF(labelWidth, y) * scale);
    return image;
}

} // namespace kotoplan::statisticsChart
