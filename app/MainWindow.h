// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QSqlDatabase>

class QMenu;
class QToolBar;

namespace kotoplan {

class BackupActions;
class CaseListModel;
class ErasureActions;
class ExchangeActions;
class CaseListView;
class ReadOnlyBanner;
class PrintActions;
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
    QMenu *fileMenu() const { return m_fileMenu; }

    // The database opened read-only: a banner says why and every editing action is off.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return m_banner != nullptr; }
    ReadOnlyBanner *readOnlyBanner() const { return m_banner; }
    QAction *newClientAction() const { return m_newClientAction; }
    PrintActions *printActions() const { return m_printActions; }
    ErasureActions *erasureActions() const { return m_erasureActions; }
    // Puts the backup actions into the File menu; a restore saves the open plan first and
    // reloads the list and the editor from the restored file afterwards.
    void addBackupActions(BackupActions *actions);

public Q_SLOTS:
    void newClient();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPrintActions(QMenu *menu, QToolBar *toolBar);
    void updateTitle();

    QSqlDatabase m_db;
    QMenu *m_fileMenu = nullptr;
    QAction *m_newClientAction = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    PrintActions *m_printActions = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    MeetingMode *m_meetingMode = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_newPlanAction = nullptr;
    ExchangeActions *m_exchange = nullptr;
    ErasureActions *m_erasureActions = nullptr;
};

} // namespace kotoplan
