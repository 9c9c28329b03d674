// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Plan.h"
#include "domain/Validation.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class PlanEditor;
}

class QPushButton;
class QScrollArea;
class QUndoStack;

namespace kotoplan {

class ClientSection;
class EditRecorder;
class MeetingRecordView;
class PlanSection;

// The whole plan in the order of the paper form, in one scrolling page with the form's tab
// order. The fields hold what the officer typed; client() and plan() read it back.
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState
    {
        Saved,
        Saving,
        NotSaved,
    };

    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    // Shows a plan and its client; `historyFirstPlanDate` is the date of the client's first plan.
    // A review shows `previousSubGoals`, those of the plan it continues, with their outcomes.
    void load(const Client &client, const Plan &plan, QDate historyFirstPlanDate,
              const QList<SubGoal> &previousSubGoals = {});
    // The values as typed, over the stored ones (ids and row versions come from those).
    Client client() const;
    Plan plan() const;
    // After a save: the stored values carry new row versions; the fields stay as they are.
    void rebase(const Client &client, const Plan &plan);
    Client storedClient() const { return m_client; }
    Plan storedPlan() const { return m_plan; }

    // Every problem of what is typed, the client's and the plan's, as the core sees them.
    Problems clientProblems(QDate today) const;
    Problems planProblems(const Client &client, QDate today) const;
    void showProblems(const Problems &problems);
    void refreshEligibility(QDate today);

    void setSaveState(SaveState state, const QString &reason = {});
    SaveState saveState() const { return m_saveState; }
    QString saveStateText() const;
    // A message that must not be missed (a save conflict, a signed plan); empty hides it.
    void setBanner(const QString &message);
    QString banner() const;
    // A save conflict: the banner with a button to compare the two versions and choose.
    void showConflict(const QString &message);
    QPushButton *resolveConflictButton() const;
    void setReadOnly(bool readOnly);
    // The whole database is read-only: every plan shows read-only, whatever its status, with
    // the reason in the banner. An empty reason unlocks.
    void setLocked(const QString &reason);
    bool isLocked() const { return !m_lockReason.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    // Whether the client's plans allow a review now (all signed, no draft): the button follows.
    void setCanStartReview(bool can);
    QPushButton *startReviewButton() const;
    // Shows the review's outcomes table and puts the cursor in its first outcome.
    void focusOutcomes();
    // Shows the sub-goals of a signed plan with the cursor on "Record service starts…".
    void focusServiceStarts();
    QPushButton *compareButton() const;
    // Shown on a draft: asks to sign it.
    QPushButton *signButton() const;
    // "Signed 2.4.2025 by Liisa Virtanen" at the top of a signed plan; empty for a draft.
    QString signedText() const;

    // The sub-goal table offers the services of this database's catalogue.
    void setServiceCatalogue(QSqlDatabase db);

    QUndoStack *undoStack() const { return m_undoStack; }
    ClientSection *clientSection() const;
    QList<PlanSection *> planSections() const;
    // The sections in the order of the form, the client first: for scrolling and screenshots.
    QList<QWidget *> sectionBoxes() const;
    // Every input in the order of the form, which is also the tab order.
    QList<QWidget *> inputs() const { return m_inputs; }
    QScrollArea *scrollArea() const;
    // The case's meetings under the next meeting.
    MeetingRecordView *meetingRecord() const { return m_meetingRecord; }
    template<typename T> T *section() const { return findChild<T *>(); }

Q_SIGNALS:
    // The officer changed something (typing, a choice, a table, undo or redo).
    void edited();
    void signRequested();
    void startReviewRequested();
    void compareRequested();
    void resolveConflictRequested();
    // The start dates of the signed plan's services were saved.
    void serviceStartsRecorded();

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void collectInputs();
    void addMeetingRecord();
    void showKind();
    void showSigned();
    void showRecordedStarts(const QList<SubGoal> &subGoals);

    std::unique_ptr<Ui::PlanEditor> m_ui;
    QUndoStack *m_undoStack = nullptr;
    EditRecorder *m_recorder = nullptr;
    MeetingRecordView *m_meetingRecord = nullptr;
    Client m_client;
    Plan m_plan;
    QList<QWidget *> m_inputs;
    QList<SubGoal> m_previousSubGoals;
    bool m_readOnly = false;
    SaveState m_saveState = SaveState::Saved;
    QString m_saveReason;
    QString m_lockReason;
};

} // namespace kotoplan
