// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "undo/ChoiceCommand.h"

namespace kotoplan {

ChoiceCommand::ChoiceCommand(const QString &text, States before, States after, Apply apply)
    : m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{
    setText(text);
}

void ChoiceCommand::undo()
{
    m_apply(m_before);
    m_done = false;
}

void ChoiceCommand::redo()
{
    if (!m_done)
        m_apply(m_after);
    m_done = false;
}

} // namespace kotoplan
