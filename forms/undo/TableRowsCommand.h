// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace kotoplan {

// An edit of a table (participants, sub-goals): a row added, removed or moved, or a cell
// changed. Keeps the rows before and after, which are few, rather than the kind of edit.
template<typename Model, typename Row> class TableRowsCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(Model *, const QList<Row> &)>;

    TableRowsCommand(Model *model, const QString &text, QList<Row> before, QList<Row> after,
                     Apply apply)
        : m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
        setText(text);
    }

    void undo() override
    {
        if (m_model)
            m_apply(m_model, m_before);
        m_done = false;
    }
    void redo() override
    {
        if (m_model && !m_done)
            m_apply(m_model, m_after);
        m_done = false;
    }

private:
    QPointer<Model> m_model;
    QList<Row> m_before;
    QList<Row> m_after;
    Apply m_apply;
    bool m_done = true; // the table already shows the edit when the command is pushed
};

} // namespace kotoplan
