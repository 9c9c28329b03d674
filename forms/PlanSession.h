// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace kotoplan {

class PlanEditor;

// One plan open in the editor, saved on its own: shortly after the last keystroke, when a field
// loses focus, and when the window closes. Never asks; what cannot be saved stays in the form
// with the reason shown, and the stored plan stays as it was.
class PlanSession : public QObject
{
    Q_OBJECT

public:
    // Within 2 seconds of the last keystroke, with time left for the write itself.
    static constexpr int saveDelayMs = 700;

    PlanSession(QSqlDatabase db, PlanEditor *editor, QObject *parent = nullptr);

    // Loads the plan and its client into the editor; false when there is no such plan.
    bool open(qint64 planId);
    qint64 planId() const { return m_planId; }
    qint64 clientId() const;
    bool hasPendingChanges() const { return m_pending; }

public Q_SLOTS:
    // Saves what is typed now, if anything changed; true when the database holds it.
    bool saveNow();

Q_SIGNALS:
    void saved();

protected:
    // On QEvent::LanguageChange: the problems and the eligibility shown, in the new language.
    bool event(QEvent *event) override;

private:
    void showProblems();
    void edited();
    void focusChanged(QWidget *old, QWidget *now);
    bool saveClient(bool *clientValid);
    bool savePlan(bool clientValid);

    QSqlDatabase m_db;
    PlanEditor *m_editor;
    QTimer *m_timer;
    qint64 m_planId = 0;
    bool m_pending = false;
    bool m_problemsShown = false;
};

} // namespace kotoplan
