// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "BackupActions.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CaseWorkspace.h"
#include "ClientDialog.h"
#include "ErasureActions.h"
#include "ExchangeActions.h"
#include "FollowUpActions.h"
#include "MeetingMode.h"
#include "MessageBox.h"
#include "PlanEditor.h"
#include "PrintActions.h"
#include "ProgrammeActions.h"
#include "ReadOnlyBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

namespace kotoplan {

MainWindow::MainWindow(QSqlDatabase db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_workspace(new CaseWorkspace(m_db, this))
    , m_meetingMode(new MeetingMode(this))
{
    setCentralWidget(m_workspace);
    connect(caseList(), &CaseListView::newClientRequested, this, &MainWindow::newClient);
    connect(m_workspace, &CaseWorkspace::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createActions();
    connect(new FollowUpActions(m_db, this), &FollowUpActions::openRequested, caseList(),
            [this](qint64 clientId) { caseList()->selectClient(clientId); });
    updateTitle();
    resize(1280, 760);
    caseList()->searchEdit()->setFocus();
}

CaseListView *MainWindow::caseList() const
{
    return m_workspace->caseList();
}

CaseListModel *MainWindow::caseModel() const
{
    return m_workspace->caseModel();
}

PlanEditor *MainWindow::editor() const
{
    return m_workspace->editor();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newClientAction =
        fileMenu->addAction(tr("&New client…"), this, &MainWindow::newClient);
    newClientAction->setShortcut(QKeySequence::New);
    m_newClientAction = newClientAction;
    newClientAction->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    toolBar->addAction(newClientAction);

    QAction *newPlanAction =
        fileMenu->addAction(tr("New &plan"), m_workspace, &CaseWorkspace::newPlan);
    newPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newPlanAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_newPlanAction = newPlanAction;
    newPlanAction->setToolTip(tr("New plan for this client: the first plan or a review "
                                 "(Ctrl+Shift+N)"));
    toolBar->addAction(newPlanAction);

    m_listAction = fileMenu->addAction(tr("&Case list"), m_workspace, &CaseWorkspace::showList);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_listAction->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    toolBar->addAction(m_listAction);

    QAction *findAction = fileMenu->addAction(tr("&Find client"), this, [this] {
        m_workspace->showList();
        caseList()->searchEdit()->setFocus();
        caseList()->searchEdit()->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    fileMenu->addSeparator();
    createPrintActions(fileMenu, toolBar);

    fileMenu->addSeparator();
    m_erasureActions = new ErasureActions(m_db, m_workspace, this);
    m_erasureActions->addTo(fileMenu, viewMenu);
    connect(m_erasureActions, &ErasureActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    QUndoStack *undoStack = editor()->undoStack();
    QAction *undoAction = undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);

    viewMenu->addAction(m_meetingMode->action());
    toolBar->addSeparator();
    toolBar->addAction(m_meetingMode->action());
    for (QAction *action : {newClientAction, newPlanAction, m_listAction, findAction,
                            m_erasureActions->eraseAction(), m_erasureActions->retentionAction()})
        m_meetingMode->addBlockedAction(action);
    connect(m_meetingMode, &MeetingMode::toggled, m_workspace, &CaseWorkspace::setMeeting);
    connect(m_meetingMode, &MeetingMode::toggled, this, &MainWindow::updateTitle);
    connect(m_workspace, &CaseWorkspace::pageChanged, this, [this, newPlanAction] {
        m_listAction->setEnabled(m_workspace->isEditing() && !m_meetingMode->isOn());
        newPlanAction->setEnabled(!m_meetingMode->isOn() && !m_workspace->isReadOnly());
    });
    m_listAction->setEnabled(false);

    new ProgrammeActions(m_db, this);
}

void MainWindow::createPrintActions(QMenu *menu, QToolBar *toolBar)
{
    // The plan printed is the one of the case list's current row, and none when no row is.
    m_printActions = new PrintActions(m_db, this);
    m_printActions->addTo(menu, toolBar);
    menu->addSeparator();
    auto *exchange = new ExchangeActions(m_db, this);
    m_exchange = exchange;
    exchange->addTo(menu, toolBar);
    connect(exchange, &ExchangeActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(exchange, &ExchangeActions::imported, this, [this](qint64 clientId) {
        caseModel()->reload();
        caseList()->selectClient(clientId);
    });
    connect(m_printActions, &PrintActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    QTableView *table = caseList()->tableView();
    const auto follow = [this, table, exchange] {
        const QModelIndex current = table->currentIndex();
        const qint64 planId =
            current.isValid() ? current.data(CaseListModel::PlanIdRole).toLongLong() : 0;
        m_printActions->setPlanId(planId);
        exchange->setPlanId(planId);
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, follow);
    connect(table->model(), &QAbstractItemModel::modelReset, this, follow);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, follow);
}

void MainWindow::updateTitle()
{
    if (m_meetingMode->isOn()) {
        // Nothing but the open plan: not even the database's path.
        setWindowTitle(tr("Kotoplan – meeting"));
        statusBar()->clearMessage();
        return;
    }
    // A read-only folder's database is opened by a file: URI.
    const QString name = m_db.databaseName();
    const QString path = name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
    setWindowTitle(tr("Kotoplan – %1").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(QDir::toNativeSeparators(path));
}

void MainWindow::setReadOnly(const QString &reason)
{
    if (!m_banner) {
        // A bar of its own across the top, above the tool bar, that the user cannot hide.
        QToolBar *bar = new QToolBar(tr("Read-only"), this);
        bar->setObjectName(QStringLiteral("readOnlyBar"));
        bar->setMovable(false);
        bar->setFloatable(false);
        bar->toggleViewAction()->setVisible(false);
        insertToolBar(findChild<QToolBar *>(QStringLiteral("mainToolBar")), bar);
        insertToolBarBreak(findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        m_banner = new ReadOnlyBanner(bar);
        bar->addWidget(m_banner);
    }
    m_banner->setReason(reason);
    m_newClientAction->setEnabled(false);
    m_newPlanAction->setEnabled(false);
    m_exchange->importAction()->setEnabled(false);
    m_erasureActions->setReadOnly(true);
    m_workspace->setReadOnly(reason);
}

void MainWindow::addBackupActions(BackupActions *actions)
{
    actions->addTo(m_fileMenu);
    connect(actions, &BackupActions::aboutToReplaceDatabase, m_workspace, &CaseWorkspace::saveNow);
    connect(actions, &BackupActions::databaseReplaced, m_workspace,
            &CaseWorkspace::reloadFromDatabase);
}

void MainWindow::newClient()
{
    if (isReadOnly())
        return;
    ClientDialog dialog(m_db, this);
    dialog.setAudit(AuditLog(
        m_db,
        AuditActor::fromEnvironment(QSettings().value(QStringLiteral("officer/name")).toString())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->showList();
    caseModel()->reload();
    caseList()->selectClient(dialog.client().id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Saved without asking: a "save changes?" dialog is how work gets lost. Only a save that
    // failed (a full disk, a date that cannot be) asks, because closing would drop the text.
    if (m_workspace->saveNow() || isReadOnly()) {
        event->accept();
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Changes not saved"),
        tr("Your latest changes are not saved.\n%1\n\nIf you close now, they are lost. Keep "
           "the window open to correct them, or to let Kotoplan save them once it can?")
            .arg(editor()->saveStateText()),
        QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

} // namespace kotoplan
