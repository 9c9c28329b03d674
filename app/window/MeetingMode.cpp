// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/MeetingMode.h"

#include "window/Icons.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>

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
    m_action->setChecked(on);
    for (const QPointer<QAction> &action : std::as_const(m_blocked)) {
        if (action)
            action->setEnabled(!on);
    }
    Q_EMIT toggled(on);
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
