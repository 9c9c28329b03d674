// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/MultiLineDelegate.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace kotoplan {

MultiLineDelegate::MultiLineDelegate(QObject *parent)
    : CellDelegate(parent)
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

bool MultiLineDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QPlainTextEdit *>(watched);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && modifiers == Qt::ShiftModifier) {
            edit->textCursor().insertText(QStringLiteral("\n"));
            return true;
        }
        if (enter && modifiers == Qt::NoModifier) {
            commitAndClose(edit, SubmitModelCache);
            return true;
        }
    }
    return CellDelegate::eventFilter(watched, event);
}

} // namespace kotoplan
