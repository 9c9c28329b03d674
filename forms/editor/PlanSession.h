// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "stores/StoreResult.h"

#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace kotoplan {

struct Client;
struct Plan;
class PlanEditor;

// One plan open in the editor, saved on its own: shortly after the last keystroke, when a field
// loses focus, and when the window closes. Never asks; what cannot be saved stays in the form
// with the reason shown, and the stored plan stays as it was. A save the database refused for
// want of room or access is tried again by itself, at growing intervals, until it succeeds.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    // Within 2 seconds of the last keystroke, with time left for the write itself.
    static constexpr int saveDelayMs = 700;
    // After a failed save: 1, 2, 4, … seconds, at most half a minute apart.
    static constexpr int firstRetryMs = 1000;
    static constexpr int longestRetryMs = 30000;
    // How often an open draft looks whether it was signed elsewhere (another desk, the command
    // line), besides before every save.
    static constexpr int signedCheckMs = 5000;

    PlanSession(QSqlDatabase db, PlanEditor *editor, QObject *parent = nullptr);

    // Loads the plan and its client into the editor; false when there is no such plan.
    // Opens the plan into the editor; a plan that cannot be read says why.
    StoreResult open(qint64 planId);
    qint64 planId() const { return m_planId; }
    qint64 clientId() const;
    bool hasPendingChanges() const { return m_pending; }
    bool isRetrying() const;
    // A read-only database: edits are never saved, nothing is ever written.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Forgets the open plan without saving: its client was erased.
    void close();
    // Reads the open plan again from the database, after the file was replaced by a backup;
    // false when the plan is not in it.
    bool reload();

public Q_SLOTS:
    // Whether the open draft was signed elsewhere meanwhile. If so, the editor shows the signed
    // plan read-only with a message, and signedElsewhere() carries what was typed and not saved.
    bool checkSignedElsewhere();
    // Saves what is typed now, if anything changed; true when the database holds it.
    bool saveNow();
    // After a save conflict: the officer compares the two versions and chooses; the choice is
    // saved. False when cancelled or not saved.
    bool resolveConflict();

Q_SIGNALS:
    void saved();
    // The open draft turned out signed elsewhere: `unsavedText` is the officer's text that did
    // not reach it (labelled field by field), empty when everything was saved.
    void signedElsewhere(const QString &unsavedText);

protected:
    // On QEvent::LanguageChange: the problems and the eligibility shown, in the new language.
    bool event(QEvent *event) override;

private:
    void show(const Client &client, const Plan &plan);
    void showConflict();
    void showProblems();
    void edited();
    void focusChanged(QWidget *old, QWidget *now);
    bool saveClient(bool *clientValid);
    bool savePlan(bool clientValid);
    void showFailure(const StoreResult &result);

    QSqlDatabase m_db;
    PlanEditor *m_editor;
    QTimer *m_timer;
    QTimer *m_retryTimer;
    QTimer *m_signedTimer;
    qint64 m_planId = 0;
    int m_retryDelayMs = 0;
    bool m_pending = false;
    bool m_retryable = false;
    bool m_readOnly = false;
    bool m_problemsShown = false;
    bool m_resolving = false;          // the conflict dialog is open
    bool m_clientChangeLogged = false; // this opening's "changed" line is written
    bool m_planChangeLogged = false;
};

} // namespace kotoplan
