// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

namespace kotoplan {

class CaseListModel;
class CaseListView;

// Wires the menus and the toolbar to the parts that do the work; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSqlDatabase db, QWidget *parent = nullptr);

    CaseListView *caseList() const { return m_caseList; }
    CaseListModel *caseModel() const { return m_caseModel; }

public Q_SLOTS:
    void newClient();

private:
    void createActions();
    void updateTitle();

    QSqlDatabase m_db;
    CaseListModel *m_caseModel = nullptr;
    CaseListView *m_caseList = nullptr;
};

} // namespace kotoplan
