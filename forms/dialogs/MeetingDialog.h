// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Meeting.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class MeetingDialog;
}

namespace kotoplan {

// One meeting of the case's record, new or stored: when and where, what for, the officer, the
// interpreter booked (language, mode, agency), how long it took, whether the client came and
// the reminder for the appointment slip. OK checks what was typed, shows every problem at once
// and keeps the dialog open; only a meeting without problems is stored.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(QSqlDatabase db, const Meeting &meeting, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    // The meeting as stored after OK (its id set for a new one).
    const Meeting &meeting() const { return m_meeting; }
    // What is wrong with the typed meeting, as the dialog shows it; empty when nothing.
    QString problemsText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const Meeting &meeting);
    // The typed meeting into `meeting`, and what is wrong with it.
    Problems read(Meeting &meeting) const;
    void showProblems(const Problems &problems);
    void updateEnabled();
    void retranslate();

    std::unique_ptr<Ui::MeetingDialog> m_ui;
    QSqlDatabase m_db;
    Meeting m_meeting;
    // The plan's next meeting while planned: its time and place follow the plan's field.
    bool m_timeFromPlan = false;
};

} // namespace kotoplan
