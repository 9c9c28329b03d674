// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractButton>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace kotoplan {

// Choosing among options: a radio button of a group (main goal, interpreter, plan kind) or a
// check box. Holds the checked state of every button the choice touched, before and after.
class ChoiceCommand : public QUndoCommand
{
public:
    using States = QList<QPair<QPointer<QAbstractButton>, bool>>;
    using Apply = std::function<void(const States &)>;

    ChoiceCommand(const QString &text, States before, States after, Apply apply);

    void undo() override;
    void redo() override;

private:
    States m_before;
    States m_after;
    Apply m_apply;
    bool m_done = true;
};

} // namespace kotoplan
