// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/MultiLineDelegate.h"

#include <QPlainTextEdit>

namespace kotoplan {

MultiLineDelegate::MultiLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *MultiLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void MultiLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (edit && edit->toPlainText() != text) {
        edit->setPlainText(text);
        edit->moveCursor(QTextCursor::End);
    }
}

void MultiLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText(), Qt::EditRole);
}

void MultiLineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // At least three lines tall, so a wrapped text stays readable while typing.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->fontMetrics().lineSpacing() * 3 + 8));
    editor->setGeometry(rect);
}

} // namespace kotoplan
