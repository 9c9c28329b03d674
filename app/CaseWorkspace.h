// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QStackedWidget>

class QLabel;

namespace kotoplan {

class CaseListModel;
class CaseListView;
class PlanEditor;
class PlanSession;

// The case list and the plan editor on one stack: a case opens into the editor, and in meeting
// mode the list cannot be shown at all.
class CaseWorkspace : public QStackedWidget
{
    Q_OBJECT

public:
    explicit CaseWorkspace(QSqlDatabase db, QWidget *parent = nullptr);

    CaseListView *caseList() const { return m_caseList; }
    CaseListModel *caseModel() const { return m_caseModel; }
    PlanEditor *editor() const { return m_editor; }
    PlanSession *session() const { return m_session; }
    bool isEditing() const;
    bool inMeeting() const { return m_meeting; }
    bool isReadOnly() const { return m_readOnly; }
    // The client open in the editor, or else the one selected in the list; 0 when none.
    qint64 currentClientId() const { return selectedClientId(); }

public Q_SLOTS:
    // Opens the plan, or a first plan when the client has none yet.
    bool openCase(qint64 clientId, qint64 planId);
    bool openPlan(qint64 planId);
    // A new draft for the client in the editor or selected in the list: a first plan or review.
    bool newPlan();
    void showList();
    void setMeeting(bool on);
    bool saveNow();
    // The database is read-only: plans open read-only, no plan is started, nothing is saved.
    void setReadOnly(const QString &reason);
    // The file was replaced (a restore): the list and the open plan are read again from it.
    void reloadFromDatabase();
    // The client is gone: their plan leaves the editor unsaved, the list is read again.
    void clientErased(qint64 clientId);

Q_SIGNALS:
    void pageChanged();
    // A message for the status bar, never with a client's data in it.
    void message(const QString &text);

private:
    qint64 selectedClientId() const;
    void leaveEditor();
    bool refuseWhenReadOnly();

    QSqlDatabase m_db;
    CaseListModel *m_caseModel;
    CaseListView *m_caseList;
    PlanEditor *m_editor;
    PlanSession *m_session;
    QLabel *m_meetingPlaceholder;
    bool m_meeting = false;
    bool m_readOnly = false;
};

} // namespace kotoplan
