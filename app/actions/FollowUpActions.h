// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "views/AuditLogView.h"
#include "views/FollowUpView.h"
#include "views/PlanHistoryView.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QAction;
class QDialog;
class QMenu;
class QMainWindow;

namespace kotoplan {

// The View menu's follow-up list and audit log, each in a window of its own beside the main
// window. MainWindow creates one and forwards openRequested to where cases open.
class FollowUpActions : public QObject
{
    Q_OBJECT

public:
    FollowUpActions(QSqlDatabase db, QMainWindow *window);

    QAction *followUpAction() const { return m_followUpAction; }
    QAction *auditLogAction() const { return m_auditLogAction; }
    QAction *historyAction() const { return m_historyAction; }
    FollowUpView *followUpView() const { return m_followUpView; }
    AuditLogView *auditLogView() const { return m_auditLogView; }
    PlanHistoryView *historyView() const { return m_historyView; }

public Q_SLOTS:
    void showFollowUp();
    void showAuditLog();
    // The plan history of the case selected in the main window's case list.
    void showHistory();

Q_SIGNALS:
    void openRequested(qint64 clientId, qint64 planId);
    void serviceStartsRequested(qint64 planId);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void exportAuditLog();

    QSqlDatabase m_db;
    QMainWindow *m_window;
    QMenu *m_ownViewMenu = nullptr; // when the window had no View menu
    QAction *m_followUpAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_historyAction = nullptr;
    QPointer<QDialog> m_followUpDialog;
    QPointer<QDialog> m_auditLogDialog;
    QPointer<FollowUpView> m_followUpView;
    QPointer<AuditLogView> m_auditLogView;
    QPointer<PlanHistoryView> m_historyView;
};

} // namespace kotoplan
