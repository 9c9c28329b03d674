// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/ComboWidth.h"

#include <QApplication>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWidget>

namespace kotoplan {

int comboWidthFor(const QWidget *widget, const QStringList &texts)
{
    const QFontMetrics metrics =
        widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
    int widest = 0;
    for (const QString &text : texts)
        widest = qMax(widest, metrics.horizontalAdvance(text));
    // What the arrow and the frame take: a wide combo's width less its text field's.
    constexpr int reference = 1000;
    QStyleOptionComboBox option;
    if (widget)
        option.initFrom(widget);
    option.rect = QRect(0, 0, reference, metrics.height() * 2);
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int field =
        style->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, widget)
            .width();
    return widest + reference - field;
}

} // namespace kotoplan
