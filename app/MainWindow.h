// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

namespace kotoplan {

class CaseListModel;
class CaseListView;
class CaseWorkspace;
class MeetingMode;
class PlanEditor;

// Wires the menus and the toolbar to the parts that do the work; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSqlDatabase db, QWidget *parent = nullptr);

    CaseListView *caseList() const;
    CaseListModel *caseModel() const;
    CaseWorkspace *workspace() const { return m_workspace; }
    PlanEditor *editor() const;
    MeetingMode *meetingMode() const { return m_meetingMode; }

public Q_SLOTS:
    void newClient();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitle();

    QSqlDatabase m_db;
    CaseWorkspace *m_workspace = nullptr;
    MeetingMode *m_meetingMode = nullptr;
    QAction *m_listAction = nullptr;
};

} // namespace kotoplan
