// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

class QLineEdit;

namespace Ui {
class ServiceStartDialog;
}

namespace kotoplan {

// The day each service of a signed plan began: one date field a sub-goal, in the plan's order,
// Tab from one to the next. Save writes every date or none (ServiceStarts); a date that is no
// date, lies in the future or was changed meanwhile at another desk keeps the dialog open and
// says why.
class ServiceStartDialog : public QDialog
{
    Q_OBJECT

public:
    ServiceStartDialog(QSqlDatabase db, const Plan &plan, QWidget *parent = nullptr);
    ~ServiceStartDialog() override;

    // The plan's sub-goals with the start dates as stored after Save.
    const QList<SubGoal> &subGoals() const { return m_plan.subGoals; }
    QList<QLineEdit *> dateEdits() const { return m_edits; }
    QString problemsText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildRows();
    void showDates();
    void showProblems(const Problems &problems);
    // The texts set in code: each date field's accessible name and hint.
    void retranslate();
    // The stored plan's dates, after another desk changed them.
    void reloadDates();

    std::unique_ptr<Ui::ServiceStartDialog> m_ui;
    QSqlDatabase m_db;
    Plan m_plan;
    QList<QLineEdit *> m_edits;
};

} // namespace kotoplan
