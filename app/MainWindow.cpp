// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "CaseListModel.h"
#include "CaseListView.h"
#include "ClientDialog.h"
#include "PrintActions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

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
    updateTitle();
    resize(1200, 720);
    m_caseList->searchEdit()->setFocus();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newClientAction =
        fileMenu->addAction(tr("&New client…"), this, &MainWindow::newClient);
    newClientAction->setShortcut(QKeySequence::New);
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
    const QString file = QFileInfo(m_db.databaseName()).fileName();
    setWindowTitle(tr("Kotoplan – %1").arg(file));
    statusBar()->showMessage(QDir::toNativeSeparators(m_db.databaseName()));
}

void MainWindow::newClient()
{
    ClientDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_caseModel->reload();
    m_caseList->selectClient(dialog.client().id);
}

} // namespace kotoplan
