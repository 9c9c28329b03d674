// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/FormTableView.h"

#include <QApplication>
#include <QFocusEvent>

namespace kotoplan {

FormTableView::FormTableView(QWidget *parent)
    : QTableView(parent)
{
    // Tab is handled here (focusNextPrevChild), not by QAbstractItemView, which would keep the
    // focus in the table for ever, wrapping from the last cell to the first.
    setTabKeyNavigation(false);
}

bool FormTableView::isStop(int row, int column) const
{
    // A read-only table (a signed plan's) is read with the arrows; Tab passes it as one field.
    if (editTriggers() == NoEditTriggers)
        return false;
    if (isColumnHidden(column) || isRowHidden(row))
        return false;
    return model()->index(row, column).flags() & Qt::ItemIsEditable;
}

QModelIndex FormTableView::neighbourCell(const QModelIndex &from, bool forward) const
{
    if (!model())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    const int cells = rows * columns;
    int position = from.isValid() ? from.row() * columns + from.column() : (forward ? -1 : cells);
    for (position += forward ? 1 : -1; position >= 0 && position < cells;
         position += forward ? 1 : -1) {
        if (isStop(position / columns, position % columns))
            return model()->index(position / columns, position % columns);
    }
    return {};
}

QModelIndex FormTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action == MoveNext || action == MovePrevious)
        return neighbourCell(currentIndex(), action == MoveNext);
    return QTableView::moveCursor(action, modifiers);
}

bool FormTableView::focusNextPrevChild(bool next)
{
    // A cell's editor that takes Tab as "focus on" (a multi-line one) asks its parents, so the
    // view: the cell is committed and the next one opens, as a delegate does on Tab.
    if (state() == EditingState) {
        QWidget *editor = QApplication::focusWidget();
        while (editor && editor->parentWidget() != viewport())
            editor = editor->parentWidget();
        if (editor) {
            commitData(editor);
            closeEditor(editor, next ? QAbstractItemDelegate::EditNextItem
                                     : QAbstractItemDelegate::EditPreviousItem);
            return true;
        }
    }
    if (state() != EditingState) {
        const QModelIndex target = neighbourCell(currentIndex(), next);
        if (target.isValid()) {
            setCurrentIndex(target);
            return true;
        }
    }
    // Past the ends: on to the form's next (or previous) input, as any other field.
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void FormTableView::focusInEvent(QFocusEvent *event)
{
    // Coming back with Shift+Tab lands on the last cell, as Tab lands on the first.
    if (model() &&
        (event->reason() == Qt::BacktabFocusReason || event->reason() == Qt::TabFocusReason)) {
        const QModelIndex target = neighbourCell({}, event->reason() == Qt::TabFocusReason);
        if (target.isValid())
            setCurrentIndex(target);
    }
    QTableView::focusInEvent(event);
}

void FormTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool forward = hint == QAbstractItemDelegate::EditNextItem;
    const bool backward = hint == QAbstractItemDelegate::EditPreviousItem;
    if ((forward || backward) && !neighbourCell(currentIndex(), forward).isValid()) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        QAbstractScrollArea::focusNextPrevChild(forward);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

} // namespace kotoplan
