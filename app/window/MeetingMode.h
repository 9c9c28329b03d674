// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace kotoplan {

// The screen can be turned to the client: while on, the actions that would show the case list,
// the search or another client are off, until the officer leaves it (Ctrl+M again).
class MeetingMode : public QObject
{
    Q_OBJECT

public:
    explicit MeetingMode(QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    bool isOn() const;
    // Disabled while in meeting mode, and enabled again afterwards.
    void addBlockedAction(QAction *action);
    void setOn(bool on);

Q_SIGNALS:
    void toggled(bool on);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    QAction *m_action;
    QList<QPointer<QAction>> m_blocked;
};

} // namespace kotoplan
