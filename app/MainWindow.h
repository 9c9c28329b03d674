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

    QAction *startReviewAction() const { return m_startReviewAction; }
    QAction *compareAction() const { return m_compareAction; }

public Q_SLOTS:
    void newClient();
    // A row of the follow-up list or the plan history: the case opens in the editor.
    void openFromList(qint64 clientId, qint64 planId);

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
    QAction *m_startReviewAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace kotoplan
