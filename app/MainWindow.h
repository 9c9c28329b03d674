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
class PrintActions;

// Wires the menus and the toolbar to the parts that do the work; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSqlDatabase db, QWidget *parent = nullptr);

    CaseListView *caseList() const { return m_caseList; }
    CaseListModel *caseModel() const { return m_caseModel; }
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
    PrintActions *m_printActions = nullptr;
};

} // namespace kotoplan
