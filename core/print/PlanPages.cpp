// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PlanPages.h"

#include "print/FormCursor.h"
#include "print/PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace kotoplan {

namespace {
constexpr qreal pointsPerInch = 72.0;
// The page margins in points, of which a printer's unprintable margin is a part.
constexpr qreal sideMargin = 50;
constexpr qreal topMargin = 34;
constexpr qreal bottomMargin = 34;
constexpr qreal headerHeight = 26; // the header line, its rule and the gap below
constexpr qreal footerHeight = 22;

QFont decorationFont(QPaintDevice *device)
{
    QFont font;
    font.setFamilies(FormCursor::printFamilies());
    font.setPointSize(8);
    return QFont(font, device);
}
} // namespace

PlanPages::PlanPages(const PrintedDocument &document)
    : m_document(document)
    , m_text(document.build())
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = qRound(FormCursor::LayoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    m_text->documentLayout()->setPaintDevice(&m_layoutDevice);
}

PlanPages::~PlanPages() = default;

void PlanPages::layOut(const QSizeF &body)
{
    if (m_text->pageSize() == body)
        return;
    m_text->setPageSize(body);
    keepTogetherOnPages(*m_text, body.height());
}

int PlanPages::paint(QPainter &painter, QPagedPaintDevice &device)
{
    // Painter coordinates start at the device's printable area; our margins include its own.
    const qreal scale = device.logicalDpiX() / pointsPerInch;
    const QMarginsF deviceMargins = device.pageLayout().margins(QPageLayout::Point);
    const QRectF paintPoints(0, 0, device.width() / scale, device.height() / scale);
    const qreal left = qMax<qreal>(0, sideMargin - deviceMargins.left());
    const qreal right = qMax<qreal>(0, sideMargin - deviceMargins.right());
    const qreal top = qMax<qreal>(0, topMargin - deviceMargins.top());
    const qreal bottom = qMax<qreal>(0, bottomMargin - deviceMargins.bottom());
    const QRectF pagePoints = paintPoints.adjusted(left, top, -right, -bottom);
    const QRectF bodyPoints = pagePoints.adjusted(0, headerHeight, 0, -footerHeight);
    // The document's own units: layout pixels of FormCursor::LayoutDpi.
    const qreal layoutPerPoint = FormCursor::LayoutDpi / pointsPerInch;
    const QRectF body(bodyPoints.topLeft() * layoutPerPoint, bodyPoints.size() * layoutPerPoint);
    layOut(body.size());

    const int pages = m_text->pageCount();
    const QRectF pagePixels(pagePoints.topLeft() * scale, pagePoints.size() * scale);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale / layoutPerPoint, scale / layoutPerPoint);
        painter.translate(body.left(), body.top() - page * body.height());
        // A line pushed onto the next page starts exactly at this page's bottom edge: keep
        // the clip short of it, or its text lands, clipped but extractable, on both pages.
        m_text->drawContents(&painter,
                             QRectF(0, page * body.height(), body.width(), body.height() - 0.01));
        painter.restore();
        paintDecoration(painter, pagePixels, scale, page + 1, pages);
    }
    return pages;
}

void PlanPages::paintDecoration(QPainter &painter, const QRectF &page, qreal scale, int number,
                                int pages) const
{
    painter.save();
    const QFont font = decorationFont(painter.device());
    painter.setFont(font);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QFontMetricsF metrics(font, painter.device());
    const qreal lineHeight = metrics.height();

    const QString right = m_document.headerRight();
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const QRectF headerLine(page.left(), page.top(), page.width(), lineHeight);
    const QString name = metrics.elidedText(m_document.headerLeft(), Qt::ElideRight,
                                            page.width() - rightWidth - 12 * scale);
    QTextOption leftOption(Qt::AlignLeft | Qt::AlignVCenter);
    leftOption.setTextDirection(Qt::LeftToRight);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(headerLine, name, leftOption);
    painter.setFont(font);
    painter.drawText(headerLine, right, QTextOption(Qt::AlignRight | Qt::AlignVCenter));
    const qreal ruleY = headerLine.bottom() + 3 * scale;
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.5 * scale));
    painter.drawLine(QPointF(page.left(), ruleY), QPointF(page.right(), ruleY));
    // A draft says so on every page, in the gap under the rule, so no page passes for signed.
    if (const QString mark = m_document.pageMark(); !mark.isEmpty()) {
        painter.setFont(bold);
        painter.setPen(QColor(0x9b, 0x1c, 0x1c));
        const QRectF markLine(page.left(), ruleY + 1 * scale, page.width(), lineHeight);
        painter.drawText(markLine, mark, QTextOption(Qt::AlignRight | Qt::AlignVCenter));
        painter.setFont(font);
    }

    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QRectF footerLine(page.left(), page.bottom() - lineHeight, page.width(), lineHeight);
    painter.drawText(footerLine, m_document.pageFooter(number, pages),
                     QTextOption(Qt::AlignRight | Qt::AlignVCenter));
    painter.drawText(footerLine, m_document.formTitle(),
                     QTextOption(Qt::AlignLeft | Qt::AlignVCenter));
    painter.restore();
}

} // namespace kotoplan
