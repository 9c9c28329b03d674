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
class HelpActions;
class CaseListView;
class ReadOnlyBanner;
class SettingsActions;
class SignActions;
class ClientCopyActions;
class PrintActions;
class CaseWorkspace;
class LanguageActions;
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
    SignActions *signActions() const { return m_signActions; }
    HelpActions *helpActions() const { return m_helpActions; }
    ClientCopyActions *clientCopyActions() const { return m_clientCopy; }
    ErasureActions *erasureActions() const { return m_erasureActions; }
    // Puts the backup actions into the File menu; a restore saves the open plan first and
    // reloads the list and the editor from the restored file afterwards.
    void addBackupActions(BackupActions *actions);
    LanguageActions *languageActions() const { return m_languageActions; }
    SettingsActions *settingsActions() const { return m_settingsActions; }

    // Saves the open plan before the window closes or leaves its database. When the save
    // failed, asks whether to drop the changes: false when the officer keeps the window.
    bool finishWork();

    QAction *startReviewAction() const { return m_startReviewAction; }
    QAction *compareAction() const { return m_compareAction; }

public Q_SLOTS:
    void newClient();
    // A row of the follow-up list or the plan history: the case opens in the editor.
    void openFromList(qint64 clientId, qint64 planId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // On QEvent::LanguageChange: menus, actions, tool bars and the title in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateUndoTexts();
    void createActions();
    void createPrintActions(QMenu *menu, QToolBar *toolBar);
    void updateTitle();

    QSqlDatabase m_db;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_readOnlyBar = nullptr;
    QAction *m_newClientAction = nullptr;
    QAction *m_newPlanAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    LanguageActions *m_languageActions = nullptr;
    SettingsActions *m_settingsActions = nullptr;
    ReadOnlyBanner *m_banner = nullptr;
    PrintActions *m_printActions = nullptr;
    SignActions *m_signActions = nullptr;
    HelpActions *m_helpActions = nullptr;
    ClientCopyActions *m_clientCopy = nullptr;
    CaseWorkspace *m_workspace = nullptr;
    MeetingMode *m_meetingMode = nullptr;
    QAction *m_listAction = nullptr;
    ExchangeActions *m_exchange = nullptr;
    ErasureActions *m_erasureActions = nullptr;
    QAction *m_startReviewAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace kotoplan
