// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/MainWindow.h"

#include "actions/BackupActions.h"
#include "actions/ClientCopyActions.h"
#include "actions/ErasureActions.h"
#include "actions/ExchangeActions.h"
#include "actions/FollowUpActions.h"
#include "actions/HelpActions.h"
#include "actions/LanguageActions.h"
#include "actions/PrintActions.h"
#include "actions/ProgrammeActions.h"
#include "actions/SettingsActions.h"
#include "actions/SignActions.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/MessageBox.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "editor/ReadOnlyBanner.h"
#include "models/CaseListModel.h"
#include "views/CaseListView.h"
#include "window/CaseWorkspace.h"
#include "window/Icons.h"
#include "window/MeetingMode.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
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
    auto *followUp = new FollowUpActions(m_db, this);
    connect(followUp, &FollowUpActions::openRequested, this, &MainWindow::openFromList);
    // A signed plan whose services have no start date: the cursor goes where they are recorded.
    connect(followUp, &FollowUpActions::serviceStartsRequested, this, [this](qint64 planId) {
        if (!m_meetingMode->isOn() && m_workspace->isEditing() &&
            m_workspace->currentPlanId() == planId)
            editor()->focusServiceStarts();
    });
    // Each of them lists other clients by name.
    for (QAction *action :
         {followUp->followUpAction(), followUp->auditLogAction(), m_exchange->importAction()})
        m_meetingMode->addBlockedAction(action);
    // About names the database's path, which a meeting keeps off the screen.
    m_meetingMode->addBlockedAction(m_helpActions->aboutAction());
    m_meetingMode->setWindow(this);
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
    // The texts come from retranslate(), again on every language change.
    QMenu *fileMenu = menuBar()->addMenu(QString());
    m_fileMenu = fileMenu;
    QMenu *editMenu = m_editMenu = menuBar()->addMenu(QString());
    QMenu *viewMenu = m_viewMenu = menuBar()->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QToolBar *toolBar = m_toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newClientAction = fileMenu->addAction(QString(), this, &MainWindow::newClient);
    newClientAction->setShortcut(QKeySequence::New);
    m_newClientAction = newClientAction;
    newClientAction->setIcon(icons::named(QStringLiteral("contact-new")));
    toolBar->addAction(newClientAction);

    QAction *newPlanAction = m_newPlanAction =
        fileMenu->addAction(QString(), m_workspace, &CaseWorkspace::newPlan);
    newPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newPlanAction->setIcon(icons::named(QStringLiteral("document-new")));
    toolBar->addAction(newPlanAction);

    m_listAction = fileMenu->addAction(QString(), m_workspace, &CaseWorkspace::showList);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_listAction->setIcon(icons::named(QStringLiteral("view-list-details")));
    toolBar->addAction(m_listAction);

    QAction *findAction = m_findAction = fileMenu->addAction(QString(), this, [this] {
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
    m_quitAction = fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // Not QUndoStack::createUndoAction: its actions keep the prefix of the language they were
    // made in.
    QUndoStack *undoStack = editor()->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(undoStack->canUndo());
    connect(m_undoAction, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(undoStack->canRedo());
    connect(m_redoAction, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    m_settingsActions = new SettingsActions(this);
    editMenu->addAction(m_settingsActions->settingsAction());

    viewMenu->addAction(m_meetingMode->action());
    toolBar->addSeparator();
    toolBar->addAction(m_meetingMode->action());
    // Settings shows the database's path, which a meeting keeps off the screen.
    for (QAction *action :
         {newClientAction, newPlanAction, m_listAction, findAction, m_erasureActions->eraseAction(),
          m_erasureActions->retentionAction(), m_settingsActions->settingsAction()})
        m_meetingMode->addBlockedAction(action);
    connect(m_meetingMode, &MeetingMode::toggled, m_workspace, &CaseWorkspace::setMeeting);
    connect(m_meetingMode, &MeetingMode::toggled, this, &MainWindow::updateTitle);
    connect(m_meetingMode, &MeetingMode::toggled, m_printActions, &PrintActions::setMeeting);
    connect(m_meetingMode, &MeetingMode::toggled, m_exchange, &ExchangeActions::setMeeting);
    connect(m_workspace, &CaseWorkspace::pageChanged, this, [this, newPlanAction] {
        m_listAction->setEnabled(m_workspace->currentWidget() != caseList() &&
                                 !m_meetingMode->isOn());
        newPlanAction->setEnabled(!m_meetingMode->isOn() && !m_workspace->isReadOnly());
    });
    m_listAction->setEnabled(false);

    // A review continues the signed plan of the client open or selected, so a review meeting
    // can start it with the client present.
    m_startReviewAction = fileMenu->addAction(QString(), m_workspace, &CaseWorkspace::startReview);
    m_startReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    fileMenu->insertAction(m_listAction, m_startReviewAction);
    m_compareAction =
        viewMenu->addAction(QString(), m_workspace, &CaseWorkspace::compareWithPrevious);
    const auto updateReview = [this] {
        m_startReviewAction->setEnabled(m_workspace->canStartReview());
        m_compareAction->setEnabled(m_workspace->canCompare());
    };
    connect(m_workspace, &CaseWorkspace::planStateChanged, this, updateReview);
    updateReview();

    auto *programme = new ProgrammeActions(m_db, this);
    // Their file dialogs open in the documents folder, among other clients' plans.
    for (QAction *action : {programme->statisticsAction(), programme->saveProgrammeAction()})
        m_meetingMode->addBlockedAction(action);
    m_languageActions = new LanguageActions(this);
    m_languageActions->addTo(menuBar());
    m_helpActions = new HelpActions(m_db, this);
    m_helpActions->addTo(menuBar());
    retranslate();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_newClientAction->setText(tr("&New client…"));
    m_newPlanAction->setText(tr("New &plan"));
    m_newPlanAction->setToolTip(tr("New plan for this client: the first plan or a review "
                                   "(Ctrl+Shift+N)"));
    m_startReviewAction->setText(tr("Start &review"));
    m_startReviewAction->setToolTip(
        tr("A new draft that continues the signed plan: a copy of it, marked as a review "
           "(Ctrl+Shift+R)"));
    m_compareAction->setText(tr("Com&pare with previous version"));
    m_listAction->setText(tr("&Case list"));
    m_findAction->setText(tr("&Find client"));
    m_quitAction->setText(tr("&Quit"));
    if (m_readOnlyBar)
        m_readOnlyBar->setWindowTitle(tr("Read-only"));
    updateUndoTexts();
    updateTitle();
}

void MainWindow::updateUndoTexts()
{
    const auto join = [](const QString &verb, const QString &what) {
        return what.isEmpty() ? verb : QStringLiteral("%1 %2").arg(verb, what);
    };
    const QUndoStack *undoStack = editor()->undoStack();
    m_undoAction->setText(join(tr("&Undo"), undoStack->undoText()));
    m_redoAction->setText(join(tr("&Redo"), undoStack->redoText()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createPrintActions(QMenu *menu, QToolBar *toolBar)
{
    // The plan printed is the one of the case list's current row, and none when no row is.
    m_printActions = new PrintActions(m_db, this);
    m_printActions->addTo(menu, toolBar);
    m_clientCopy = new ClientCopyActions(
        m_db, [this] { return m_printActions->language(); }, this);
    m_clientCopy->addTo(menu);
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
    const auto follow = [this, exchange] {
        const qint64 planId = m_workspace->currentPlanId();
        m_printActions->setPlanId(planId);
        m_clientCopy->setPlanId(planId);
        exchange->setPlanId(planId);
        m_signActions->update();
    };
    // Signing follows the same plan; the case list's menu offers it on the row.
    m_signActions = new SignActions(m_db, m_workspace, this);
    menu->addAction(m_signActions->signAction());
    connect(m_signActions, &SignActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_signActions->signAction());
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, follow);
    connect(table->model(), &QAbstractItemModel::modelReset, this, follow);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, follow);
    connect(m_workspace, &CaseWorkspace::planStateChanged, this, follow);
    // What is printed is what is typed: the open plan is saved first.
    connect(m_printActions, &PrintActions::aboutToPrint, m_workspace, &CaseWorkspace::saveNow);
    connect(m_clientCopy, &ClientCopyActions::aboutToPrint, m_workspace, &CaseWorkspace::saveNow);
    connect(m_clientCopy, &ClientCopyActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
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
        QToolBar *bar = m_readOnlyBar = new QToolBar(tr("Read-only"), this);
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
    dialog.setAudit(AuditLog(m_db, AuditActor::fromSettings()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->showList();
    caseModel()->reload();
    caseList()->selectClient(dialog.client().id);
}

void MainWindow::openFromList(qint64 clientId, qint64 planId)
{
    // In a meeting no other client's case may come on screen.
    if (m_meetingMode->isOn())
        return;
    caseList()->selectClient(clientId);
    if (!m_workspace->openCase(clientId, planId))
        return;
    raise();
    activateWindow();
}

bool MainWindow::finishWork()
{
    // Saved without asking: a "save changes?" dialog is how work gets lost. Only a save that
    // failed (a full disk, a date that cannot be) asks, because closing would drop the text.
    if (m_workspace->saveNow() || isReadOnly())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Changes not saved"),
        tr("Your latest changes are not saved.\n%1\n\nIf you close now, they are lost. Keep "
           "the window open to correct them, or to let Kotoplan save them once it can?")
            .arg(editor()->saveStateText()),
        QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (finishWork())
        event->accept();
    else
        event->ignore();
}

} // namespace kotoplan
