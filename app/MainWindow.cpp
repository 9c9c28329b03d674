// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "CaseListModel.h"
#include "CaseListView.h"
#include "ClientDialog.h"
#include "ReadOnlyBanner.h"
#include "ProgrammeActions.h"
#include "FollowUpActions.h"
#include "PrintActions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace kotoplan {

MainWindow::MainWindow(QSqlDatabase db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_caseModel(new CaseListModel(m_db, this))
    , m_caseList(new CaseListView(this))
{
    m_caseList->setModel(m_caseModel);
    setCentralWidget(m_caseList);
    connect(m_caseList, &CaseListView::newClientRequested, this, &MainWindow::newClient);
    createActions();
    connect(new FollowUpActions(m_db, this), &FollowUpActions::openRequested, m_caseList,
            [this](qint64 clientId) { m_caseList->selectClient(clientId); });
    updateTitle();
    resize(1200, 720);
    m_caseList->searchEdit()->setFocus();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu = fileMenu;
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newClientAction =
        fileMenu->addAction(tr("&New client…"), this, &MainWindow::newClient);
    newClientAction->setShortcut(QKeySequence::New);
    m_newClientAction = newClientAction;
    newClientAction->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    toolBar->addAction(newClientAction);

    QAction *findAction = fileMenu->addAction(tr("&Find client"), this, [this] {
        m_caseList->searchEdit()->setFocus();
        m_caseList->searchEdit()->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    fileMenu->addSeparator();
    createPrintActions(fileMenu, toolBar);

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    new ProgrammeActions(m_db, this);
}

void MainWindow::createPrintActions(QMenu *menu, QToolBar *toolBar)
{
    // The plan printed is the one of the case list's current row, and none when no row is.
    m_printActions = new PrintActions(m_db, this);
    m_printActions->addTo(menu, toolBar);
    connect(m_printActions, &PrintActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    QTableView *table = m_caseList->tableView();
    const auto follow = [this, table] {
        const QModelIndex current = table->currentIndex();
        m_printActions->setPlanId(
            current.isValid() ? current.data(CaseListModel::PlanIdRole).toLongLong() : 0);
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, follow);
    connect(table->model(), &QAbstractItemModel::modelReset, this, follow);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, follow);
}

void MainWindow::updateTitle()
{
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
    m_caseList->setReadOnly(true);
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
    m_caseModel->reload();
    m_caseList->selectClient(dialog.client().id);
}

} // namespace kotoplan
