// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "tables/CellDelegate.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>

namespace kotoplan {

CellDelegate::CellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

bool CellDelegate::isTableKey(const QKeyEvent *key)
{
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Insert:
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Delete:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return ctrl;
    default:
        return false;
    }
}

void CellDelegate::commitAndClose(QWidget *editor, EndEditHint hint)
{
    Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, hint);
}

bool CellDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(watched);
    const bool press = event->type() == QEvent::KeyPress;
    const bool override = event->type() == QEvent::ShortcutOverride;
    if (editor && (press || override) && isTableKey(static_cast<QKeyEvent *>(event))) {
        if (override) {
            // Keeps the editor from taking the key as its own (Ctrl+Delete deletes a word).
            event->accept();
            return true;
        }
        QAbstractItemView *view = nullptr;
        for (QWidget *up = editor->parentWidget(); up && !view; up = up->parentWidget())
            view = qobject_cast<QAbstractItemView *>(up);
        auto *key = static_cast<QKeyEvent *>(event);
        QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
        commitAndClose(editor, NoHint);
        if (view)
            QCoreApplication::sendEvent(view, &copy);
        return true;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace kotoplan
