// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTableView>

namespace kotoplan {

// A table of the form that types like a spreadsheet: Tab and Shift+Tab go from cell to cell,
// row by row, over the cells that can be edited, whether a cell is being edited or not; past the
// last cell (or before the first) the focus leaves the table for the next input of the form.
class FormTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FormTableView(QWidget *parent = nullptr);

    // The editable cell after (or before) this one in reading order, invalid past the ends.
    QModelIndex neighbourCell(const QModelIndex &from, bool forward) const;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool isStop(int row, int column) const;
};

} // namespace kotoplan
