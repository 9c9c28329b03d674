// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "undo/TableRowsCommand.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QObject>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <memory>

class QAbstractButton;

namespace kotoplan {

// Turns the officer's edits in a form into undo steps on one QUndoStack, and takes Ctrl+Z and
// Ctrl+Shift+Z away from the fields' own undo so that every edit of the plan undoes in order.
class EditRecorder : public QObject
{
    Q_OBJECT

public:
    EditRecorder(QUndoStack *stack, QObject *parent = nullptr);

    // Records typing and choices in every field under `root`.
    void watch(QWidget *root);
    // Records row and cell edits of a table model with rows() and setRows().
    template<typename Model> void watchTable(Model *model);
    // While suspended (loading a plan), changes are no edits; resume() takes the form as it is.
    void suspend() { m_suspended = true; }
    void resume();

Q_SIGNALS:
    // The officer changed the form, or undo or redo did.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged(QWidget *edit, const QString &text);
    void buttonToggled(QAbstractButton *button, bool checked);
    void applyText(QWidget *edit, const QString &text);
    QList<QAbstractButton *> groupOf(QAbstractButton *button) const;
    bool isRecording() const { return !m_suspended && !m_applying; }

    QUndoStack *m_stack;
    QList<QWidget *> m_texts;
    QList<QAbstractButton *> m_buttons;
    QHash<QWidget *, QString> m_lastText;
    QHash<QAbstractButton *, bool> m_lastChecked;
    QList<std::function<void()>> m_tableBaselines;
    bool m_suspended = false;
    bool m_applying = false;
};

template<typename Model> void EditRecorder::watchTable(Model *model)
{
    using Rows = decltype(model->rows());
    using Row = typename Rows::value_type;
    auto last = std::make_shared<Rows>(model->rows());
    m_tableBaselines.append([model, last] { *last = model->rows(); });
    const auto record = [this, model, last](const QString &text) {
        if (!isRecording())
            return;
        const Rows after = model->rows();
        if (after == *last)
            return;
        const auto apply = [this, last](Model *target, const Rows &rows) {
            const QScopedValueRollback applying(m_applying, true);
            target->setRows(rows);
            *last = rows;
            Q_EMIT edited();
        };
        m_stack->push(new TableRowsCommand<Model, Row>(model, text, *last, after, apply));
        *last = after;
        Q_EMIT edited();
    };
    connect(model, &QAbstractItemModel::dataChanged, this,
            [record] { record(tr("Edit table cell")); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [record] { record(tr("Add table row")); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [record] { record(tr("Remove table row")); });
    connect(model, &QAbstractItemModel::rowsMoved, this,
            [record] { record(tr("Move table row")); });
}

} // namespace kotoplan
