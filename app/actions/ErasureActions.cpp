// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/ErasureActions.h"

#include "dialogs/MessageBox.h"
#include "domain/DateText.h"
#include "storage/Backups.h"
#include "stores/AuditLog.h"
#include "stores/ClientErasure.h"
#include "views/RetentionView.h"
#include "window/CaseWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotoplan {

ErasureActions::ErasureActions(QSqlDatabase db, CaseWorkspace *workspace, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_workspace(workspace)
    , m_window(window)
    , m_eraseAction(new QAction(this))
    , m_retentionAction(new QAction(this))
{
    retranslate();
    m_eraseAction->setObjectName(QStringLiteral("eraseClientAction"));
    m_retentionAction->setObjectName(QStringLiteral("retentionAction"));
    connect(m_eraseAction, &QAction::triggered, this, &ErasureActions::eraseCurrent);
    connect(m_retentionAction, &QAction::triggered, this, &ErasureActions::showRetention);
}

void ErasureActions::retranslate()
{
    m_eraseAction->setText(tr("&Erase client…"));
    m_retentionAction->setText(tr("&Retention and erasure…"));
}

bool ErasureActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

RetentionView *ErasureActions::retentionView() const
{
    return m_retentionView;
}

void ErasureActions::addTo(QMenu *fileMenu, QMenu *viewMenu)
{
    fileMenu->addAction(m_eraseAction);
    viewMenu->addAction(m_retentionAction);
}

void ErasureActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_eraseAction->setEnabled(!readOnly);
    if (m_retentionView)
        m_retentionView->setReadOnly(readOnly);
}

bool ErasureActions::eraseCurrent()
{
    const qint64 clientId = m_workspace->currentClientId();
    if (clientId == 0) {
        Q_EMIT message(tr("Choose a client in the list first."));
        return false;
    }
    return eraseClient(clientId);
}

QString ErasureActions::firstQuestion(const ErasurePreview &what) const
{
    QString text = tr("Erase all personal data of %1 (born %2)?")
                       .arg(what.clientName, dateText::formatDate(what.dateOfBirth));
    text += QStringLiteral("\n\n") +
            tr("This removes the client's details and %n plan(s), of which %1 signed, with %2 "
               "sub-goals, %3 participants, %4 sub-goal outcomes and %5 lines of the hand-over "
               "register.",
               nullptr, what.plans)
                .arg(what.signedPlans)
                .arg(what.subGoals)
                .arg(what.participants)
                .arg(what.outcomes)
                .arg(what.exchanges);
    if (what.signedPlans > 0)
        text += QStringLiteral("\n\n") +
                tr("Signed plans are records: erase them only at the client's request or when "
                   "the retention period has ended.");
    text += QStringLiteral("\n\n") +
            tr("The audit log keeps its lines, which hold no personal data, and records the "
               "erasure.");
    const QList<BackupInfo> backups = Backups(m_db.databaseName()).list();
    if (!backups.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("The %n backup copy(ies) in %1 are rewritten without the client; a copy that "
                   "cannot be rewritten is deleted.",
                   nullptr, int(backups.size()))
                    .arg(QDir::toNativeSeparators(Backups(m_db.databaseName()).folder()));
    return text;
}

bool ErasureActions::eraseClient(qint64 clientId)
{
    if (m_readOnly)
        return false;
    m_workspace->saveNow();
    const AuditLog audit(m_db, AuditActor::fromSettings());
    ClientErasure erasure(m_db, audit);
    const std::optional<ErasurePreview> what = erasure.preview(clientId);
    if (!what) {
        Q_EMIT message(tr("The client no longer exists."));
        return false;
    }
    const QString title = tr("Erase client");
    // Over the retention dialog when asked from there.
    QWidget *parent = QApplication::activeWindow() ? QApplication::activeWindow() : m_window;
    if (MessageBox::question(parent, title, firstQuestion(*what),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (MessageBox::question(
            parent, title, tr("Erase %1 for good? This cannot be undone.").arg(what->clientName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;

    // Both answers were yes: that is the explicit erasure that signed plans need.
    const StoreResult result = erasure.eraseEverywhere(
        clientId, what->signedPlans > 0 ? ClientErasure::Scope::IncludingSignedPlans
                                        : ClientErasure::Scope::WithoutSignedPlans);
    if (!result.ok()) {
        MessageBox::critical(parent, title, result.message);
        return false;
    }
    m_workspace->clientErased(clientId);
    if (m_retentionView)
        m_retentionView->reload();
    if (!result.message.isEmpty())
        MessageBox::information(parent, title, result.message);
    Q_EMIT message(tr("The client's personal data was erased."));
    Q_EMIT erased(clientId);
    return true;
}

void ErasureActions::showRetention()
{
    if (!m_retentionDialog) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("retentionDialog"));
        auto *layout = new QVBoxLayout(dialog);
        m_retentionView = new RetentionView(m_db, dialog);
        layout->addWidget(m_retentionView);
        dialog->setWindowTitle(m_retentionView->windowTitle());
        // The view's title follows a language change; the window around it follows the view.
        connect(m_retentionView, &QWidget::windowTitleChanged, dialog, &QWidget::setWindowTitle);
        dialog->resize(900, 520);
        m_retentionView->setReadOnly(m_readOnly);
        connect(m_retentionView, &RetentionView::eraseRequested, this,
                &ErasureActions::eraseClient);
        m_retentionDialog = dialog;
    }
    m_retentionView->reload();
    m_retentionDialog->show();
    m_retentionDialog->raise();
    m_retentionDialog->activateWindow();
}

} // namespace kotoplan
