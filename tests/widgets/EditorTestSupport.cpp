// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EditorTestSupport.h"

#include "WidgetTestSupport.h"
#include "tables/TableEditor.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

namespace kotoplan::test {

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

void addTableRow(QWidget *tableEditor, const QStringList &cells)
{
    QTableView *view = static_cast<TableEditor *>(tableEditor)->tableView();
    const int rows = view->model()->rowCount();
    if (rows > 0)
        view->setCurrentIndex(view->model()->index(rows - 1, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    const int row = view->currentIndex().row();
    for (int column = 0; column < cells.size(); ++column) {
        if (column > 0) {
            view->setCurrentIndex(view->model()->index(row, column));
            QTest::keyClick(view, Qt::Key_F2);
        }
        QWidget *editor = QApplication::focusWidget();
        if (!editor || !view->isAncestorOf(editor))
            return;
        typeText(editor, cells.at(column));
        // Tab commits the cell and opens the next one, which Escape leaves unchanged.
        QTest::keyClick(editor, Qt::Key_Tab);
        if (QWidget *next = QApplication::focusWidget(); next && view->isAncestorOf(next))
            QTest::keyClick(next, Qt::Key_Escape);
    }
}

} // namespace kotoplan::test
