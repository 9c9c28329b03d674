// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/OneLineTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace kotoplan {

void OneLineTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // Anything but plain text (an icon, a check box, wrapped lines) is left to the style.
    if (item.features &
        (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
         QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = item.text;
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The margins, colours and alignment the style gives an item's text (QCommonStyle).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = item.rect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(item.direction);
    textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
    QTextLayout layout(text, item.font, painter->device());
    layout.setTextOption(textOption);
    // Without the cache, endLayout() drops the glyphs and draw() shapes the text again.
    layout.setCacheEnabled(true);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    // A text too wide for its cell (a rare long name) is elided by the style itself.
    if (line.isValid() && line.naturalTextWidth() > room.width()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    item.text.clear();
    item.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (!line.isValid() || text.isEmpty())
        return;
    QPalette::ColorGroup group =
        item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QSize size(qCeil(line.naturalTextWidth()), qCeil(line.height()));
    const QRect place = QStyle::alignedRect(item.direction, item.displayAlignment, size, room);
    painter->save();
    painter->setPen(item.palette.color(group, role));
    painter->setFont(item.font);
    painter->setClipRect(room, Qt::IntersectClip);
    layout.draw(painter, QPointF(place.left() - line.x(), place.top()));
    painter->restore();
}

} // namespace kotoplan
