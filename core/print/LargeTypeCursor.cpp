// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/LargeTypeCursor.h"

#include "print/FormCursor.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlockFormat>
#include <QTextDocument>

namespace kotoplan {

namespace {
// Qt reads block lengths as CSS pixels (1/96 inch); these are points.
constexpr qreal pt(qreal points)
{
    return points * 96.0 / 72.0;
}
// Plain-language guidance asks for large, even type: 14 points for the text.
constexpr qreal bodyPoints = 14;
constexpr qreal headingPoints = 17;
constexpr qreal titlePoints = 21;

QTextCharFormat font(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontFamilies(FormCursor::printFamilies());
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(QColor(0x10, 0x10, 0x10));
    return format;
}
} // namespace

LargeTypeCursor::LargeTypeCursor(QTextDocument *document, qreal scale)
    : m_scale(scale)
    , m_body(font(bodyPoints * scale, false))
    , m_bold(font(bodyPoints * scale, true))
    , m_cursor(document)
{}

qreal LargeTypeCursor::heightPoints(QTextDocument &document)
{
    // As PlanPages: 50 points each side of A4, on a device of FormCursor::LayoutDpi.
    constexpr qreal pointsPerInch = 72.0;
    const qreal layoutPerPoint = FormCursor::LayoutDpi / pointsPerInch;
    QImage device(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(FormCursor::LayoutDpi / 0.0254);
    device.setDotsPerMeterX(dotsPerMeter);
    device.setDotsPerMeterY(dotsPerMeter);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(&device);
    document.setTextWidth((595 - 2 * 50) * layoutPerPoint);
    const qreal height = layout->documentSize().height() / layoutPerPoint;
    layout->setPaintDevice(nullptr);
    return height;
}

void LargeTypeCursor::block(const QTextCharFormat &format, qreal topPoints, qreal bottomPoints,
                            qreal indentPoints)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(topPoints));
    block.setBottomMargin(pt(bottomPoints));
    if (indentPoints > 0) {
        block.setLeftMargin(pt(indentPoints));
        block.setTextIndent(-pt(indentPoints * 0.7));
    }
    if (m_first) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(format);
        m_cursor.setCharFormat(format);
        m_first = false;
        return;
    }
    m_cursor.insertBlock(block, format);
}

void LargeTypeCursor::title(const QString &text)
{
    block(font(titlePoints * m_scale, true), 0, 4);
    FormCursor::insert(m_cursor, text, font(titlePoints * m_scale, true));
}

void LargeTypeCursor::heading(const QString &text, bool keepToEnd)
{
    block(font(headingPoints * m_scale, true), 12 * m_scale, 3);
    if (keepToEnd) {
        QTextBlockFormat format = m_cursor.blockFormat();
        format.setProperty(FormCursor::KeepToEndProperty, true);
        m_cursor.setBlockFormat(format);
    }
    FormCursor::insert(m_cursor, text, font(headingPoints * m_scale, true));
}

void LargeTypeCursor::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    block(m_body, 2, 2);
    FormCursor::insert(m_cursor, text.trimmed(), m_body);
}

void LargeTypeCursor::line(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    block(m_body, 1, 1);
    FormCursor::insert(m_cursor, label + QLatin1Char(' '), m_bold);
    FormCursor::insert(m_cursor, value.trimmed(), m_body);
}

void LargeTypeCursor::bullet(const QString &lead, const QString &text)
{
    block(m_body, 2, 2, 18);
    FormCursor::insert(m_cursor, QStringLiteral("•\u2002"), m_body);
    if (!lead.isEmpty())
        FormCursor::insert(m_cursor, lead + QLatin1Char(' '), m_bold);
    FormCursor::insert(m_cursor, text.trimmed(), m_body);
}

void LargeTypeCursor::cutLine()
{
    QTextCharFormat format = font(10, false);
    format.setForeground(QColor(0x70, 0x70, 0x70));
    block(format, 10, 0);
    FormCursor::insert(m_cursor, QStringLiteral("✂ ") + QString(100, QLatin1Char('-')), format);
}

} // namespace kotoplan
