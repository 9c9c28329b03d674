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
    // Disabled while in meeting mode, and as they were before it afterwards.
    void addBlockedAction(QAction *action);
    // The window the meeting happens in: entering hides every other window of the program
    // (the follow-up, the audit log, a comparison left open from another case, …).
    void setWindow(QWidget *window) { m_window = window; }
    void setOn(bool on);

Q_SIGNALS:
    void toggled(bool on);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    QAction *m_action;
    void hideOtherWindows();
    QList<QPointer<QAction>> m_blocked;
    QList<bool> m_enabledBefore;
    bool m_active = false;
    QPointer<QWidget> m_window;
};

} // namespace kotoplan
