// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QStackedWidget>

class QLabel;

namespace kotoplan {

class CaseListModel;
class CaseListView;
class PlanComparisonDialog;
class UnsavedTextDialog;
class PlanEditor;
struct Client;
class NoPlanView;
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
    // "No plan yet — New plan", for a client opened who has none.
    NoPlanView *noPlanView() const { return m_noPlan; }
    bool isEditing() const;
    bool inMeeting() const { return m_meeting; }
    bool isReadOnly() const { return m_readOnly; }
    // The client of the open plan, or the one selected in the list; 0 for none.
    qint64 currentClientId() const;
    // The plan open in the editor (also in a meeting), else the list's current row; 0 for none.
    qint64 currentPlanId() const;
    // The client's plans are all signed and none is a draft: a review may start.
    bool canStartReview() const;
    // The plan open in the editor is a review of another plan.
    bool canCompare() const;
    PlanComparisonDialog *comparisonDialog() const;
    // The officer's text that a signing elsewhere left unsaved, when it is shown.
    UnsavedTextDialog *unsavedTextDialog() const;

public Q_SLOTS:
    // Opens the plan, else the client's latest; a client without one shows "No plan yet".
    bool openCase(qint64 clientId, qint64 planId);
    bool openPlan(qint64 planId);
    // A new draft for the client in the editor or selected in the list: a first plan or review.
    bool newPlan();
    // A review of the current client's signed plan, opened in the editor at its outcomes.
    bool startReview();
    // The open plan beside the plan it continues, in a window of its own.
    bool compareWithPrevious();
    void showList();
    void setMeeting(bool on);
    bool saveNow();
    // The database is read-only: plans open read-only, no plan is started, nothing is saved.
    void setReadOnly(const QString &reason);
    // The file was replaced (a restore): the list and the open plan are read again from it.
    void reloadFromDatabase();
    // The client is gone: their plan leaves the editor unsaved, the list is read again.
    void clientErased(qint64 clientId);
    // The plan was signed in this window: the list and, when open, the editor show it signed.
    void planSigned(qint64 planId);

Q_SIGNALS:
    void pageChanged();
    // Another plan is open, or the client's plans changed: what may be done next may differ.
    void planStateChanged();
    // A message for the status bar, never with a client's data in it.
    void message(const QString &text);

protected:
    // On QEvent::LanguageChange: the texts set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void leaveEditor();
    bool refuseWhenReadOnly();
    // The client's draft, made now if there is none (with its "created" line), in the editor.
    bool openDraft(qint64 clientId);
    // A first plan once the three-year window has closed may not be due: the officer confirms.
    bool confirmLateFirstPlan(const Client &client);
    void updatePlanState();
    void showSignedElsewhere(const QString &unsavedText);

    QSqlDatabase m_db;
    CaseListModel *m_caseModel;
    CaseListView *m_caseList;
    PlanEditor *m_editor;
    PlanSession *m_session;
    QLabel *m_meetingPlaceholder;
    NoPlanView *m_noPlan;
    QPointer<PlanComparisonDialog> m_comparison;
    QPointer<UnsavedTextDialog> m_unsaved;
    bool m_meeting = false;
    bool m_readOnly = false;
};

} // namespace kotoplan
