// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PageBreaks.h"

#include "print/FormCursor.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

namespace kotoplan {

namespace {

// Each pass moves one thing; a plan of many pages needs a few dozen passes at most.
constexpr int maxPasses = 200;

// A place where a page break cuts what belongs together, and how to move it to the next page.
struct Move
{
    qreal y = 0;
    std::function<void()> apply;
};

std::optional<Move> earlier(std::optional<Move> a, std::optional<Move> b)
{
    if (!a || (b && b->y < a->y))
        return b;
    return a;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

// Where a paragraph's lines stand in the document. Qt's block rectangle is not enough: it starts
// where the paragraph starts, and a line moved onto the next page is only further down in it.
QRectF linesRect(const QTextBlock &block)
{
    const QTextLayout *lines = block.layout();
    const QRectF rect = block.document()->documentLayout()->blockBoundingRect(block);
    if (!lines || lines->lineCount() == 0)
        return rect;
    const QTextLine first = lines->lineAt(0);
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return QRectF(rect.left(), rect.top() + first.y(), rect.width(),
                  last.y() + last.height() - first.y());
}

struct RowExtent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
};

// From the first line of its cells to the last one.
RowExtent rowExtent(const QTextTable &table, int row)
{
    RowExtent extent;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        const QRectF first = linesRect(cell.firstCursorPosition().block());
        const QRectF last = linesRect(cell.lastCursorPosition().block());
        extent.top = std::min(extent.top, first.top());
        extent.bottom = std::max(extent.bottom, last.bottom());
    }
    return extent;
}

void breakBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// The label standing right above a table, if there is one.
QTextBlock labelAbove(const QTextTable &table)
{
    QTextCursor before(table.document());
    before.setPosition(table.firstPosition());
    if (before.movePosition(QTextCursor::PreviousBlock) &&
        before.blockFormat().boolProperty(FormCursor::KeepWithNextProperty))
        return before.block();
    return {};
}

// A table that starts the next page takes its label along: the break goes before the label.
void breakBeforeWithLabel(QTextTable *table)
{
    if (const QTextBlock label = labelAbove(*table); label.isValid())
        breakBefore(label);
    else
        breakBefore(table);
}

bool startsPage(QTextTable *table)
{
    const QTextBlock label = labelAbove(*table);
    const QTextFormat::PageBreakFlags policy =
        label.isValid() ? label.blockFormat().pageBreakPolicy() : table->format().pageBreakPolicy();
    return policy & QTextFormat::PageBreak_AlwaysBefore;
}

// Gives the empty cell `to` the format of `from` and its text from `start` to its end.
void copyCell(const QTextTableCell &from, QTextTableCell to, int start)
{
    to.setFormat(from.format());
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(start);
    QTextCursor cursor = to.firstCursorPosition();
    cursor.setBlockFormat(source.blockFormat());
    cursor.setBlockCharFormat(source.blockCharFormat());
    source.setPosition(from.lastPosition(), QTextCursor::KeepAnchor);
    if (source.hasSelection())
        cursor.insertFragment(source.selection());
}

// Ends the table before `row` and goes on in a table of its own on the next page, under a copy
// of the header rows. Qt would rather split the row, or move it and leave a band of empty row
// above it.
void continueOnNextPage(QTextTable *table, int row)
{
    const int headerRows = table->format().headerRowCount();
    const int rows = table->rows();
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    // One edit: the layout is done once, at its end, not after each cell.
    after.beginEditBlock();
    QTextTable *rest =
        after.insertTable(headerRows + rows - row, table->columns(), table->format());
    // Qt keeps a block between two tables. It takes the page break, and no room: were the table
    // to take it, the block could fall onto the next page first and leave that page empty.
    QTextCursor between(table->document());
    between.setPosition(table->lastPosition() + 1);
    QTextBlockFormat gap = between.blockFormat();
    gap.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    gap.setLineHeight(0, QTextBlockFormat::FixedHeight);
    gap.setTopMargin(0);
    gap.setBottomMargin(0);
    between.setBlockFormat(gap);
    for (int column = 0; column < table->columns(); ++column) {
        for (int header = 0; header < headerRows; ++header) {
            const QTextTableCell from = table->cellAt(header, column);
            copyCell(from, rest->cellAt(header, column), from.firstPosition());
        }
        for (int moved = row; moved < rows; ++moved) {
            const QTextTableCell from = table->cellAt(moved, column);
            copyCell(from, rest->cellAt(headerRows + moved - row, column), from.firstPosition());
        }
    }
    table->removeRows(row, rows - row);
    after.endEditBlock();
}

// Where each cell of a row is cut above `boundary`: the first paragraph after the cell's first
// that ends below it, -1 where none does.
QList<int> cutsAt(const QTextTable &table, int row, qreal boundary)
{
    QList<int> cuts;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        int cut = -1;
        for (auto it = cell.begin(); !it.atEnd() && cut < 0; ++it) {
            const QTextBlock block = it.currentBlock();
            if (block.isValid() && block.position() > cell.firstPosition() &&
                linesRect(block).bottom() > boundary)
                cut = block.position();
        }
        cuts.append(cut);
    }
    return cuts;
}

// Cuts a row taller than a page at the page's foot: what stands below goes into a row of its
// own, which repeats the first cell (the sub-goal's name) so the next page says what it
// continues.
void continueRow(QTextTable *table, int row, const QList<int> &cuts)
{
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    table->insertRows(row + 1, 1);
    // From the last column back, so that cutting one cell leaves the positions of those before.
    for (int column = table->columns() - 1; column >= 0; --column) {
        const QTextTableCell from = table->cellAt(row, column);
        const int cut = cuts.at(column);
        // Uncut cells but the first stay empty below: only the name is repeated.
        const int start = cut >= 0 ? cut : column == 0 ? from.firstPosition() : from.lastPosition();
        copyCell(from, table->cellAt(row + 1, column), start);
        if (cut >= 0) {
            // The paragraph break before the cut goes too, or an empty line would stay behind.
            QTextCursor below = from.firstCursorPosition();
            below.setPosition(cut - 1);
            below.setPosition(from.lastPosition(), QTextCursor::KeepAnchor);
            below.removeSelectedText();
        }
    }
    edit.endEditBlock();
}

// A row that would stand across two pages goes whole onto the next one, under the header row
// that Qt repeats there. A row taller than most of a page is cut at the page's foot instead.
std::optional<Move> tableRowMove(QTextTable *table, qreal pageHeight)
{
    const int headerRows = table->format().headerRowCount();
    for (int row = headerRows; row < table->rows(); ++row) {
        const RowExtent extent = rowExtent(*table, row);
        const int page = pageOf(extent.top, pageHeight);
        if (page == pageOf(extent.bottom - 1, pageHeight))
            continue;
        const qreal boundary = (page + 1) * pageHeight;
        const bool tall = extent.bottom - extent.top > pageHeight * 0.8;
        // A tall row that would begin with a few lines at the foot of a page starts the next.
        if (tall && boundary - extent.top > pageHeight * 0.15) {
            // The cell's padding and rule must fit above the page's foot as well.
            const QList<int> cuts = cutsAt(*table, row, boundary - pageHeight * 0.03);
            if (std::any_of(cuts.begin(), cuts.end(), [](int cut) { return cut >= 0; }))
                return Move{extent.top, [table, row, cuts] {
                                continueRow(table, row, cuts);
                            }};
        }
        if (row == headerRows) {
            // The header and the first row go together, so the whole table moves.
            if (startsPage(table))
                continue;
            return Move{extent.top, [table] {
                            breakBeforeWithLabel(table);
                        }};
        }
        return Move{extent.top, [table, row] {
                        continueOnNextPage(table, row);
                    }};
    }
    return std::nullopt;
}

// A row of field boxes is read as one: one that would straddle two pages starts the next.
std::optional<Move> boxRowMove(QTextTable *table, qreal pageHeight)
{
    if (table->rows() != 1 || startsPage(table))
        return std::nullopt;
    const QRectF box = table->document()->documentLayout()->frameBoundingRect(table);
    if (pageOf(box.top(), pageHeight) == pageOf(box.bottom() - 1, pageHeight) ||
        box.height() >= pageHeight / 3)
        return std::nullopt;
    return Move{box.top(), [table] {
                    breakBeforeWithLabel(table);
                }};
}

std::optional<Move> firstTableMove(QTextDocument &document, qreal pageHeight)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        if (auto move = table->format().headerRowCount() > 0 ? tableRowMove(table, pageHeight)
                                                             : boxRowMove(table, pageHeight))
            return move;
    }
    return std::nullopt;
}

// A label at the foot of a page whose box, check line or table starts the next page goes
// there with it.
std::optional<Move> firstLabelMove(QTextDocument &document, qreal pageHeight)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.boolProperty(FormCursor::KeepWithNextProperty) || !block.next().isValid() ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF label = linesRect(block);
        const QRectF next = linesRect(block.next());
        if (pageOf(label.top(), pageHeight) == pageOf(next.top() + 1, pageHeight))
            continue;
        return Move{label.top(), [block] {
                        breakBefore(block);
                    }};
    }
    return std::nullopt;
}

// A block marked to keep to the end (the signatures) starts a new page when the rest would
// otherwise run onto the next one, and fits on one page.
void keepEndTogether(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.boolProperty(FormCursor::KeepToEndProperty))
            continue;
        const qreal top = linesRect(block).top();
        const qreal restHeight = layout->documentSize().height() - top;
        if (!(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
            pageOf(top, pageHeight) != document.pageCount() - 1 && restHeight < pageHeight)
            breakBefore(block);
        return;
    }
}

} // namespace

void keepTogetherOnPages(QTextDocument &document, qreal pageHeight)
{
    // The first cut in reading order is mended first: mending it moves only what follows.
    for (int pass = 0; pass < maxPasses; ++pass) {
        const std::optional<Move> move =
            earlier(firstTableMove(document, pageHeight), firstLabelMove(document, pageHeight));
        if (!move)
            break;
        move->apply();
    }
    keepEndTogether(document, pageHeight);
}

} // namespace kotoplan
