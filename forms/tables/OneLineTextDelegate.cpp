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
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (line.isValid() && line.naturalTextWidth() > room.width()) {
        // A Latin name too wide for its cell (rare) is elided by the style itself. The style
        // lays a right-to-left name out left to right, as the list runs: its "…" then lands
        // beside the first name and the last word is cut bare. Such a name is elided here, in
        // its own direction, the "…" on the left where it ends.
        if (!text.isRightToLeft()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        textOption.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(textOption);
        // Cut at the text's logical end, which for Arabic or Hebrew is on the left.
        layout.setText(item.fontMetrics.elidedText(text, Qt::ElideRight, room.width()));
        layout.beginLayout();
        line = layout.createLine();
        layout.endLayout();
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
