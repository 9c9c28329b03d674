// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

class QMenu;
class QToolBar;

namespace kotoplan {

class CaseListModel;
class CaseListView;
class ReadOnlyBanner;
class PrintActions;

// Wires the menus and the toolbar to the parts that do the work; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSqlDatabase db, QWidget *parent = nullptr);

    CaseListView *caseList() const { return m_caseList; }
    CaseListModel *caseModel() const { return m_caseModel; }
    QMenu *fileMenu() const { return m_fileMenu; }

    // The database opened read-only: a banner says why and every editing action is off.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_banner != nullptr; }
    ReadOnlyBanner *readOnlyBanner() const { return m_banner; }
    QAction *newClientAction() const { return m_newClientAction; }
    PrintActions *printActions() const { return m_printActions; }

public Q_SLOTS:
    void newClient();

private:
    void createActions();
    void createPrintActions(QMenu *menu, QToolBar *toolBar);
    void updateTitle();

    QSqlDatabase m_db;
    CaseListModel *m_caseModel = nullptr;
    CaseListView *m_caseList = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_newClientAction = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    PrintActions *m_printActions = nullptr;
};

} // namespace kotoplan
