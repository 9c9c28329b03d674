// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QSqlDatabase>

class QAction;

namespace kotoplan {

class CaseWorkspace;

// File > Sign plan…, the editor's Sign button and the case list's menu: records that the plan
// on paper was signed. Lists what the plan still lacks, field by field; else asks once, showing
// the date, the officer and the organisation, and signs through PlanStore::sign, as
// `kotoplan sign` does. The plan is then kept as it is and shows read-only.
class SignActions : public QObject
{
    Q_OBJECT

public:
    SignActions(QSqlDatabase db, CaseWorkspace *workspace, QWidget *window);

    QAction *signAction() const { return m_sign; }

public Q_SLOTS:
    // Signs the workspace's current plan (the open one, else the list's row); true when signed.
    bool sign();
    // The action is on for a draft of a database that can be written.
    void update();

Q_SIGNALS:
    void message(const QString &text);

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();

    QSqlDatabase m_db;
    CaseWorkspace *m_workspace;
    QWidget *m_window;
    QAction *m_sign;
};

} // namespace kotoplan
