// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "undo/TextEditCommand.h"

#include <QCoreApplication>

namespace kotoplan {

TextEditCommand::TextEditCommand(QWidget *edit, const QString &before, const QString &after,
                                 Apply apply)
    : m_edit(edit)
    , m_before(before)
    , m_after(after)
    , m_apply(std::move(apply))
{
    setText(
        QCoreApplication::translate("TextEditCommand", "Typing in %1").arg(edit->accessibleName()));
}

void TextEditCommand::undo()
{
    if (m_edit)
        m_apply(m_edit, m_before);
    m_done = false;
}

void TextEditCommand::redo()
{
    if (m_edit && !m_done)
        m_apply(m_edit, m_after);
    m_done = false;
}

bool TextEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextEditCommand *>(other);
    if (next->m_edit != m_edit)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace kotoplan
