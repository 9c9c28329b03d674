// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/ChangedWordsDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTableView>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace kotoplan {

namespace {
constexpr int margin = 3;
}

ChangedWordsDelegate::ChangedWordsDelegate(int changedWordsRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(changedWordsRole)
{}

bool ChangedWordsDelegate::layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, int width) const
{
    const QVariantList spans = index.data(m_role).toList();
    if (spans.isEmpty())
        return false;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(margin);
    document.setPlainText(index.data(Qt::DisplayRole).toString());
    document.setTextWidth(width);
    // Bold, underlined and shaded: the mark does not rest on colour alone.
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    mark.setFontUnderline(true);
    mark.setBackground(QColor(255, 204, 128));
    mark.setForeground(QColor(Qt::black));
    for (const QVariant &span : spans) {
        const QPoint startAndLength = span.toPoint();
        QTextCursor cursor(&document);
        cursor.setPosition(startAndLength.x());
        cursor.setPosition(startAndLength.x() + startAndLength.y(), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(mark);
    }
    return true;
}

void ChangedWordsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QTextDocument document;
    if (!layOut(document, option, index, option.rect.width())) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ChangedWordsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // A row's height is asked without the cell's width: the column's, in a table.
    const auto *table = qobject_cast<const QTableView *>(option.widget);
    const int width = table ? table->columnWidth(index.column()) : option.rect.width();
    QTextDocument document;
    if (width <= 0 || !layOut(document, option, index, width))
        return QStyledItemDelegate::sizeHint(option, index);
    return QSize(width, int(std::ceil(document.size().height())));
}

} // namespace kotoplan
