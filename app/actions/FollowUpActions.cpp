// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/FollowUpActions.h"

#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "models/AuditLogModel.h"
#include "models/FollowUpModel.h"
#include "models/PlanHistoryModel.h"
#include "views/AuditLogView.h"
#include "views/FollowUpView.h"
#include "views/PlanHistoryView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace kotoplan {

namespace {
template<typename View> View *makeDialog(QWidget *parent, const QString &title)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new View(dialog);
    layout->addWidget(view);
    dialog->resize(900, 520);
    return view;
}
} // namespace

FollowUpActions::FollowUpActions(QSqlDatabase db, QMainWindow *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    // One View menu for the whole window: the main window's, when it has made one.
    QMenu *viewMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!viewMenu)
        viewMenu = m_ownViewMenu = window->menuBar()->addMenu(QString());
    m_followUpAction = viewMenu->addAction(QString(), this, &FollowUpActions::showFollowUp);
    m_followUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_auditLogAction = viewMenu->addAction(QString(), this, &FollowUpActions::showAuditLog);
    m_historyAction = viewMenu->addAction(QString(), this, &FollowUpActions::showHistory);
    retranslate();
}

void FollowUpActions::retranslate()
{
    if (m_ownViewMenu)
        m_ownViewMenu->setTitle(tr("&View"));
    m_followUpAction->setText(tr("&Follow-up"));
    m_auditLogAction->setText(tr("&Audit log"));
    m_historyAction->setText(tr("Plan &history…"));
    if (m_followUpDialog)
        m_followUpDialog->setWindowTitle(tr("Follow-up"));
    if (m_auditLogDialog)
        m_auditLogDialog->setWindowTitle(tr("Audit log"));
    if (m_historyView)
        m_historyView->parentWidget()->setWindowTitle(tr("Plan history"));
}

void FollowUpActions::showHistory()
{
    auto *mainWindow = qobject_cast<MainWindow *>(m_window);
    if (!mainWindow)
        return;
    // The client of the open plan, else the one selected in the case list.
    const qint64 clientId = mainWindow->workspace()->currentClientId();
    if (clientId <= 0) {
        MessageBox::information(m_window, tr("Plan history"), tr("Select a case first."));
        return;
    }
    auto *view = makeDialog<PlanHistoryView>(m_window, tr("Plan history"));
    auto *dialog = view->parentWidget();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    view->setModel(new PlanHistoryModel(m_db, clientId, view));
    connect(view, &PlanHistoryView::openRequested, this, [this, clientId, dialog](qint64 planId) {
        Q_EMIT openRequested(clientId, planId);
        dialog->close();
    });
    m_historyView = view;
    dialog->show();
    view->historyView()->setFocus();
}

void FollowUpActions::showFollowUp()
{
    if (!m_followUpDialog) {
        auto *view = makeDialog<FollowUpView>(m_window, tr("Follow-up"));
        m_followUpDialog = qobject_cast<QDialog *>(view->parentWidget());
        view->setModel(new FollowUpModel(m_db, view));
        connect(view, &FollowUpView::openRequested, this, &FollowUpActions::openRequested);
        connect(view, &FollowUpView::serviceStartsRequested, this,
                &FollowUpActions::serviceStartsRequested);
        m_followUpView = view;
    } else if (auto *model = qobject_cast<FollowUpModel *>(m_followUpView->tableView()->model())) {
        model->reload();
    }
    m_followUpDialog->show();
    m_followUpDialog->raise();
    m_followUpDialog->activateWindow();
    m_followUpView->tableView()->setFocus();
}

void FollowUpActions::showAuditLog()
{
    if (!m_auditLogDialog) {
        auto *view = makeDialog<AuditLogView>(m_window, tr("Audit log"));
        m_auditLogDialog = qobject_cast<QDialog *>(view->parentWidget());
        view->setModel(new AuditLogModel(m_db, view));
        connect(view, &AuditLogView::exportRequested, this, &FollowUpActions::exportAuditLog);
        m_auditLogView = view;
    } else if (auto *model = qobject_cast<AuditLogModel *>(m_auditLogView->tableView()->model())) {
        model->reload();
    }
    m_auditLogDialog->show();
    m_auditLogDialog->raise();
    m_auditLogDialog->activateWindow();
}

void FollowUpActions::exportAuditLog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
        m_auditLogDialog, tr("Export the audit log"),
        QDir(folder).filePath(QStringLiteral("kotoplan-audit.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_auditLogView->exportTo(path, &error))
        MessageBox::warning(m_auditLogDialog, tr("Export the audit log"), error);
}

bool FollowUpActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
