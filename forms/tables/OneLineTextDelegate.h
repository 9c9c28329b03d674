// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace kotoplan {

// Paints a cell's text on one line, shaped once. The style's own item painting shapes each text
// three times (to elide it, to lay it out, to draw it): most of the time a list of names takes
// to paint as the officer types in the search. A Latin text too wide for its cell is left to the
// style, which elides it; a right-to-left one is elided here in its own direction (the style would
// put the "…" beside its first word). Background, selection and focus are the style's.
class OneLineTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace kotoplan
