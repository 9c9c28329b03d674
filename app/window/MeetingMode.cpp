// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/MeetingMode.h"

#include "window/Icons.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QWidget>

namespace kotoplan {

MeetingMode::MeetingMode(QObject *parent)
    : QObject(parent)
    , m_action(new QAction(this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_action->setIcon(icons::named(QStringLiteral("video-display")));
    retranslate();
    connect(m_action, &QAction::toggled, this, &MeetingMode::setOn);
}

bool MeetingMode::isOn() const
{
    return m_action->isChecked();
}

void MeetingMode::addBlockedAction(QAction *action)
{
    m_blocked.append(action);
}

void MeetingMode::setOn(bool on)
{
    // Leaving asks nothing, entering is one key; the action's own toggling lands here too.
    m_action->setChecked(on);
    if (on && !m_active) {
        m_active = true;
        for (const QPointer<QAction> &action : std::as_const(m_blocked)) {
            m_enabledBefore.append(action && action->isEnabled());
            if (action)
                action->setEnabled(false);
        }
        hideOtherWindows();
    } else if (!on && m_active) {
        m_active = false;
        for (qsizetype i = 0; i < m_blocked.size() && i < m_enabledBefore.size(); ++i) {
            if (m_blocked.at(i))
                m_blocked.at(i)->setEnabled(m_enabledBefore.at(i));
        }
        m_enabledBefore.clear();
    }
    Q_EMIT toggled(on);
}

void MeetingMode::hideOtherWindows()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        bool ours = false;
        for (QWidget *up = widget->parentWidget(); up && !ours; up = up->parentWidget())
            ours = up == m_window;
        if (!ours || !widget->isVisible())
            continue;
        // Menus and tool tips close by themselves; the windows of other clients close now.
        const Qt::WindowType type = widget->windowType();
        if (type != Qt::Popup && type != Qt::ToolTip)
            widget->hide();
    }
}

void MeetingMode::retranslate()
{
    m_action->setText(tr("&Meeting mode"));
    m_action->setToolTip(tr("Meeting mode (Ctrl+M): hides the case list, the search and every "
                            "other client, so the screen can be turned to the client"));
}

bool MeetingMode::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
