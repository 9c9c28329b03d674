// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <functional>

namespace kotoplan {

// Typing into one text field (a line or a multi-line text). Keystrokes into the same field
// merge into one step, so undo takes back a run of typing, not a letter at a time.
class TextEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(QWidget *, const QString &)>;

    TextEditCommand(QWidget *edit, const QString &before, const QString &after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<QWidget> m_edit;
    QString m_before;
    QString m_after;
    Apply m_apply;
    bool m_done = true; // the text is already in the field when the command is pushed
};

} // namespace kotoplan
