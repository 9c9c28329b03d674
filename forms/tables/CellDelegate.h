// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

class QKeyEvent;

namespace kotoplan {

// Edits a one-line cell of a form table: Enter commits it, Tab and Shift+Tab commit and go on
// to the next or previous cell, Escape cancels. The table's own keys (Ctrl+Enter or Insert to
// add a row, Ctrl+Delete to remove one, Ctrl+Up and Ctrl+Down to move one) work while a cell is
// edited too: the cell is committed first, then the table gets the key.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CellDelegate(QObject *parent = nullptr);

    // Whether the key is one of the table's own, which the cell's editor never keeps.
    static bool isTableKey(const QKeyEvent *key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commitAndClose(QWidget *editor, EndEditHint hint);
};

} // namespace kotoplan
