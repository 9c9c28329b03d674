// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/ReadOnlyLook.h"

#include "tables/TableEditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVariant>

#include <functional>

namespace kotoplan::readOnlyLook {

namespace {

// What the input had before it turned read-only, kept on the input itself.
const char placeholderKey[] = "kotoplanPlaceholder";
const char focusKey[] = "kotoplanFocusPolicy";
const char triggersKey[] = "kotoplanEditTriggers";

void keepPlaceholder(QWidget *widget, const QString &placeholder, bool readOnly,
                     const std::function<void(const QString &)> &set)
{
    if (readOnly) {
        // Again after a language change: the .ui gave the hint back, in the new language.
        if (!widget->property(placeholderKey).isValid() || !placeholder.isEmpty())
            widget->setProperty(placeholderKey, placeholder);
        set(QString());
    } else if (widget->property(placeholderKey).isValid()) {
        set(widget->property(placeholderKey).toString());
        widget->setProperty(placeholderKey, QVariant());
    }
}

// Eats the clicks, keys and mnemonics of a frozen choice, whoever sends them.
class FrozenInput : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Shortcut:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            return true;
        default:
            return QObject::eventFilter(watched, event);
        }
    }
};

const QString frozenName = QStringLiteral("kotoplanFrozenInput");

QObject *frozenFilter(QWidget *root)
{
    if (QObject *existing = root->findChild<QObject *>(frozenName, Qt::FindDirectChildrenOnly))
        return existing;
    auto *filter = new FrozenInput(root);
    filter->setObjectName(frozenName);
    return filter;
}

// A choice (a tick box, a radio button, a list to choose from) that shows its state as it is
// but takes no click and no key.
void freeze(QWidget *widget, bool readOnly, QObject *filter)
{
    if (readOnly)
        widget->installEventFilter(filter);
    else
        widget->removeEventFilter(filter);
    widget->setAttribute(Qt::WA_TransparentForMouseEvents, readOnly);
    if (readOnly) {
        if (!widget->property(focusKey).isValid())
            widget->setProperty(focusKey, int(widget->focusPolicy()));
        widget->setFocusPolicy(Qt::NoFocus);
    } else if (widget->property(focusKey).isValid()) {
        widget->setFocusPolicy(Qt::FocusPolicy(widget->property(focusKey).toInt()));
        widget->setProperty(focusKey, QVariant());
    }
}

} // namespace

void apply(QWidget *root, bool readOnly)
{
    QObject *filter = frozenFilter(root);
    for (TableEditor *table : root->findChildren<TableEditor *>())
        table->setReadOnly(readOnly);
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(readOnly);
            keepPlaceholder(line, line->placeholderText(), readOnly,
                            [line](const QString &text) { line->setPlaceholderText(text); });
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            text->setReadOnly(readOnly);
            // Read-only Qt text selects by mouse alone; the keyboard selects and copies too.
            if (readOnly)
                text->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                              Qt::TextSelectableByKeyboard);
            keepPlaceholder(text, text->placeholderText(), readOnly,
                            [text](const QString &value) { text->setPlaceholderText(value); });
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (readOnly) {
                if (!view->property(triggersKey).isValid())
                    view->setProperty(triggersKey, int(view->editTriggers()));
                view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            } else if (view->property(triggersKey).isValid()) {
                view->setEditTriggers(
                    QAbstractItemView::EditTriggers(view->property(triggersKey).toInt()));
                view->setProperty(triggersKey, QVariant());
            }
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            spin->setReadOnly(readOnly);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            if (combo->isEditable())
                combo->lineEdit()->setReadOnly(readOnly);
            freeze(combo, readOnly, filter);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->isCheckable())
                freeze(button, readOnly, filter);
        }
    }
}

} // namespace kotoplan::readOnlyLook
