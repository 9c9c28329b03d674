// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "undo/EditRecorder.h"

#include "undo/ChoiceCommand.h"
#include "undo/TextEditCommand.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace kotoplan {

EditRecorder::EditRecorder(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{}

void EditRecorder::watch(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->property("field").isValid() || edit->accessibleName().size() > 0) {
            m_texts.append(edit);
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::textChanged, this,
                    [this, edit](const QString &text) { textChanged(edit, text); });
        }
    }
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>()) {
        m_texts.append(edit);
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit] { textChanged(edit, edit->toPlainText()); });
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!qobject_cast<QRadioButton *>(button) && !qobject_cast<QCheckBox *>(button))
            continue;
        m_buttons.append(button);
        connect(button, &QAbstractButton::toggled, this,
                [this, button](bool checked) { buttonToggled(button, checked); });
    }
    resume();
}

void EditRecorder::resume()
{
    m_suspended = false;
    for (QWidget *edit : std::as_const(m_texts)) {
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            m_lastText.insert(edit, line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(edit))
            m_lastText.insert(edit, text->toPlainText());
    }
    for (QAbstractButton *button : std::as_const(m_buttons))
        m_lastChecked.insert(button, button->isChecked());
    for (const auto &baseline : std::as_const(m_tableBaselines))
        baseline();
}

void EditRecorder::textChanged(QWidget *edit, const QString &text)
{
    if (!isRecording())
        return;
    const QString before = m_lastText.value(edit);
    if (before == text)
        return;
    m_lastText.insert(edit, text);
    m_stack->push(
        new TextEditCommand(edit, before, text, [this](QWidget *target, const QString &value) {
            applyText(target, value);
        }));
    Q_EMIT edited();
}

void EditRecorder::applyText(QWidget *edit, const QString &text)
{
    {
        const QScopedValueRollback applying(m_applying, true);
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            line->setText(text);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
            plain->setPlainText(text);
        m_lastText.insert(edit, text);
    }
    edit->setFocus();
    Q_EMIT edited();
}

QList<QAbstractButton *> EditRecorder::groupOf(QAbstractButton *button) const
{
    if (!qobject_cast<QRadioButton *>(button))
        return {button};
    // Radio buttons of one parent form one exclusive group (autoExclusive).
    QList<QAbstractButton *> group;
    for (QAbstractButton *other : m_buttons) {
        if (other->parentWidget() == button->parentWidget() && qobject_cast<QRadioButton *>(other))
            group.append(other);
    }
    return group;
}

void EditRecorder::buttonToggled(QAbstractButton *button, bool checked)
{
    // A radio choice toggles two buttons; the one that is switched on records both.
    if (!isRecording() || (qobject_cast<QRadioButton *>(button) && !checked))
        return;
    ChoiceCommand::States before;
    ChoiceCommand::States after;
    for (QAbstractButton *member : groupOf(button)) {
        before.append({member, m_lastChecked.value(member)});
        after.append({member, member->isChecked()});
        m_lastChecked.insert(member, member->isChecked());
    }
    const auto apply = [this](const ChoiceCommand::States &states) {
        const QScopedValueRollback applying(m_applying, true);
        for (const auto &[member, state] : states) {
            if (!member)
                continue;
            member->setAutoExclusive(false);
            member->setChecked(state);
            member->setAutoExclusive(qobject_cast<QRadioButton *>(member) != nullptr);
            m_lastChecked.insert(member, state);
        }
        Q_EMIT edited();
    };
    m_stack->push(
        new ChoiceCommand(tr("Choose %1").arg(button->accessibleName()), before, after, apply));
    Q_EMIT edited();
}

bool EditRecorder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            // Taken here, so a field's own undo never runs beside the plan's.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (undo)
                m_stack->undo();
            else
                m_stack->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kotoplan
