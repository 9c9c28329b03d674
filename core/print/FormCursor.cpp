// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/FormCursor.h"

#include "print/ColumnFit.h"

#include <QTextBlockFormat>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

namespace kotoplan {

namespace {
// Qt reads frame and block lengths as CSS pixels (1/96 inch) and scales them to the device;
// these are points.
constexpr qreal pt(qreal points)
{
    return points * 96.0 / 72.0;
}
constexpr qreal boxBorder = 1; // Qt draws no collapsed border under one CSS pixel
const QColor ink(0x20, 0x20, 0x20);
const QColor rule(0x70, 0x70, 0x70);
const QColor headerShade(0xe8, 0xe8, 0xe8);

QTextCharFormat font(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontFamilies(FormCursor::printFamilies());
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(ink);
    return format;
}

bool needsShaping(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Common:
    case QChar::Script_Inherited:
    case QChar::Script_Latin:
    case QChar::Script_Cyrillic:
    case QChar::Script_Greek:
    case QChar::Script_Ethiopic:
    case QChar::Script_Han:
        return false;
    default:
        return true;
    }
}

// With collapsed borders each cell draws its own: one thin line between neighbours.
void drawCellBorders(QTextTable *table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setBorder(boxBorder);
            format.setBorderBrush(rule);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setFormat(format);
        }
    }
}

QList<QTextLength> columnWidths(const QList<int> &percents)
{
    QList<QTextLength> widths;
    for (int percent : percents)
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    return widths;
}

QList<QTextLength> evenWidths(int columns)
{
    QList<QTextLength> widths;
    for (int column = 0; column < columns; ++column)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 / columns));
    return widths;
}
} // namespace

QStringList FormCursor::printFamilies()
{
    // Noto for every script an officer meets (fonts-noto-core, fonts-noto-cjk), named in order
    // so the system's fallback never picks a font that shapes a script worse.
    return {QStringLiteral("Noto Sans"),          QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Noto Sans Ethiopic"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans Symbols2"), QStringLiteral("Noto Sans Symbols")};
}

FormCursor::FormCursor(QTextDocument *document)
    : m_text(font(10, false))
    , m_label(font(8.5, true))
    , m_box(font(11, false))
    , m_cursor(document)
{
    // Ballot boxes: Noto Sans lacks them, Noto Sans Symbols2 (fonts-noto-core) has them.
    QStringList boxFamilies = printFamilies();
    boxFamilies.prepend(QStringLiteral("Noto Sans Symbols2"));
    m_box.setFontFamilies(boxFamilies);
    m_label.setForeground(QColor(0x40, 0x40, 0x40));
}

void FormCursor::insert(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // Scripts that read fine unshaped go in without shaping, so Latin gets no ligatures ("ﬁ"
    // would come back from the PDF as one odd character); Arabic and others keep theirs.
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QTextCharFormat plain = format;
    plain.setFontStyleStrategy(QFont::PreferNoShaping);
    qsizetype start = 0;
    bool shaped = false;
    for (qsizetype i = 0; i <= composed.size(); ++i) {
        bool here = shaped;
        if (i < composed.size()) {
            const char32_t code = composed.at(i).isHighSurrogate() && i + 1 < composed.size()
                                      ? QChar::surrogateToUcs4(composed.at(i), composed.at(i + 1))
                                      : composed.at(i).unicode();
            const QChar::Script script = QChar::script(code);
            if (script != QChar::Script_Common && script != QChar::Script_Inherited)
                here = needsShaping(script);
        }
        if (i == composed.size() || here != shaped) {
            if (i > start)
                cursor.insertText(composed.mid(start, i - start), shaped ? format : plain);
            start = i;
            shaped = here;
        }
    }
}

void FormCursor::paragraph(const QTextCharFormat &format, qreal topMargin, qreal bottomMargin)
{
    QTextBlockFormat block;
    block.setTopMargin(pt(topMargin));
    block.setBottomMargin(pt(bottomMargin));
    // The cursor stands in an empty block at the start and after every table: use it.
    if (m_first) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(format);
        m_cursor.setCharFormat(format);
        m_first = false;
        return;
    }
    m_cursor.insertBlock(block, format);
}

void FormCursor::title(const QString &text)
{
    paragraph(font(15, true), 0, 6);
    insert(m_cursor, text, m_cursor.charFormat());
}

void FormCursor::heading(const QString &text, bool keepToEnd)
{
    QTextCharFormat format = font(12, true);
    paragraph(format, 12, 2);
    if (keepToEnd) {
        QTextBlockFormat block = m_cursor.blockFormat();
        block.setProperty(KeepToEndProperty, true);
        m_cursor.setBlockFormat(block);
    }
    insert(m_cursor, text, m_cursor.charFormat());
}

void FormCursor::label(const QString &text)
{
    paragraph(m_label, 6, 1);
    QTextBlockFormat block = m_cursor.blockFormat();
    block.setProperty(KeepWithNextProperty, true);
    m_cursor.setBlockFormat(block);
    insert(m_cursor, text, m_cursor.charFormat());
}

void FormCursor::text(const QString &value)
{
    paragraph(m_text, 4, 2);
    insert(m_cursor, value, m_cursor.charFormat());
}

void FormCursor::field(const QString &labelText, const QString &value, int emptyLines)
{
    fieldRow({{labelText, value, emptyLines}});
}

void FormCursor::fieldRow(const QList<Field> &fields)
{
    QTextTableFormat format;
    format.setBorder(boxBorder);
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(pt(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(evenWidths(int(fields.size())));
    QTextTable *table = m_cursor.insertTable(1, int(fields.size()), format);
    drawCellBorders(table);
    for (int column = 0; column < fields.size(); ++column) {
        const Field &field = fields.at(column);
        QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
        cell.setBlockCharFormat(m_label);
        insert(cell, field.label, m_label);
        QTextBlockFormat valueBlock;
        valueBlock.setTopMargin(pt(1));
        cell.insertBlock(valueBlock, m_text);
        if (field.value.isEmpty())
            cell.insertText(QString(qMax(0, field.emptyLines - 1), QChar::LineSeparator), m_text);
        else
            insert(cell, field.value, m_text);
    }
    afterTable();
}

void FormCursor::entry(const QString &title, const QString &text, const QList<Field> &fields)
{
    QTextTableFormat format;
    format.setBorder(boxBorder);
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(pt(4));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(columnWidths({58, 42}));
    // One row: PlanPages moves it whole to the next page rather than split it.
    QTextTable *table = m_cursor.insertTable(1, 2, format);
    drawCellBorders(table);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    const QTextCharFormat titleFormat = font(11, true);
    left.setBlockCharFormat(titleFormat);
    insert(left, title, titleFormat);
    if (!text.isEmpty()) {
        QTextBlockFormat textBlock;
        textBlock.setTopMargin(pt(2));
        left.insertBlock(textBlock, m_text);
        insert(left, text, m_text);
    }
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QTextBlockFormat labelBlock;
        labelBlock.setTopMargin(pt(i == 0 ? 0 : 3));
        if (i == 0)
            right.setBlockFormat(labelBlock);
        else
            right.insertBlock(labelBlock, m_label);
        right.setBlockCharFormat(m_label);
        insert(right, fields.at(i).label, m_label);
        right.insertBlock(QTextBlockFormat(), m_text);
        insert(right, fields.at(i).value.isEmpty() ? QStringLiteral("–") : fields.at(i).value,
               m_text);
    }
    afterTable();
}

void FormCursor::checkLine(const QList<std::pair<bool, QString>> &choices)
{
    paragraph(m_text, 2, 0);
    bool firstChoice = true;
    for (const auto &[checked, text] : choices) {
        if (!firstChoice)
            m_cursor.insertText(QStringLiteral("\u2003\u2003"), m_text);
        firstChoice = false;
        m_cursor.insertText(checked ? QStringLiteral("\u2612") : QStringLiteral("\u2610"), m_box);
        insert(m_cursor, QStringLiteral(" ") + text, m_text);
    }
}

void FormCursor::table(const QStringList &headers, const QList<QStringList> &rows,
                       const QList<int> &widthPercents, int emptyRows)
{
    const int rowCount = 1 + (rows.isEmpty() ? emptyRows : int(rows.size()));
    QTextTableFormat format;
    format.setBorder(boxBorder);
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(pt(3));
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        columnWidths(fittedPercents(widthPercents, widestWords(headers, rows, m_text, m_label))));
    QTextTable *table = m_cursor.insertTable(rowCount, int(headers.size()), format);
    drawCellBorders(table);
    const QTextCharFormat headerFormat = m_label;
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(headerShade);
        cell.setFormat(cellFormat);
        QTextCursor headerCursor = cell.firstCursorPosition();
        insert(headerCursor, headers.at(column), headerFormat);
    }
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &values = rows.at(row);
        for (int column = 0; column < headers.size() && column < values.size(); ++column) {
            QTextCursor cell = table->cellAt(row + 1, column).firstCursorPosition();
            cell.setBlockCharFormat(m_text);
            insert(cell, values.at(column), m_text);
        }
    }
    if (rows.isEmpty()) {
        for (int row = 1; row < rowCount; ++row)
            table->cellAt(row, 0).firstCursorPosition().insertText(QString(1, QChar::LineSeparator),
                                                                   m_text);
    }
    afterTable();
}

void FormCursor::signatureBlock(const QList<QList<std::pair<QString, QString>>> &rows)
{
    // Three lines a row with gaps between them, each line with its caption below.
    constexpr int lines = 3;
    constexpr qreal gap = 4;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int line = 0; line < lines; ++line) {
        if (line > 0)
            widths.append(QTextLength(QTextLength::PercentageLength, gap));
        widths.append(
            QTextLength(QTextLength::PercentageLength, (100 - gap * (lines - 1)) / lines));
    }
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) * 2, lines * 2 - 1, format);
    for (int row = 0; row < rows.size(); ++row) {
        const QList<std::pair<QString, QString>> &signers = rows.at(row);
        for (int line = 0; line < lines && line < signers.size(); ++line) {
            const auto &[caption, text] = signers.at(line);
            if (caption.isEmpty())
                continue;
            QTextTableCell above = table->cellAt(row * 2, line * 2);
            QTextTableCellFormat aboveFormat = above.format().toTableCellFormat();
            aboveFormat.setBottomBorder(pt(0.75));
            aboveFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            aboveFormat.setBottomBorderBrush(ink);
            aboveFormat.setTopPadding(pt(26)); // room to sign by hand
            aboveFormat.setBottomPadding(pt(1));
            above.setFormat(aboveFormat);
            QTextCursor aboveCursor = above.firstCursorPosition();
            insert(aboveCursor, text, m_text);
            QTextTableCell below = table->cellAt(row * 2 + 1, line * 2);
            QTextTableCellFormat belowFormat = below.format().toTableCellFormat();
            belowFormat.setTopPadding(pt(2));
            below.setFormat(belowFormat);
            QTextCursor belowCursor = below.firstCursorPosition();
            insert(belowCursor, caption, m_label);
        }
    }
    afterTable();
}

void FormCursor::afterTable()
{
    // Qt keeps a block after every table; it becomes the gap to what follows, or the next
    // paragraph itself.
    m_cursor.movePosition(QTextCursor::End);
    QTextBlockFormat gap;
    gap.setLineHeight(pt(4), QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(gap);
    m_first = true;
}

void FormCursor::space(qreal points)
{
    paragraph(m_text, points, 0);
}

void FormCursor::picture(const QImage &image, const QString &name, qreal widthPoints)
{
    if (image.isNull())
        return;
    paragraph(m_text, 4, 6);
    const QUrl url(QStringLiteral("kotoplan-picture:%1").arg(name));
    m_cursor.document()->addResource(QTextDocument::ImageResource, url, image);
    QTextImageFormat format;
    format.setName(url.toString());
    format.setWidth(pt(widthPoints));
    format.setHeight(pt(widthPoints * image.height() / image.width()));
    m_cursor.insertImage(format);
}

} // namespace kotoplan
