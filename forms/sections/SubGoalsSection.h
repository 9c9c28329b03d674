// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "editor/PlanSection.h"

#include <QSqlDatabase>

#include <memory>

class QPushButton;

namespace Ui {
class SubGoalsSection;
}

namespace kotoplan {

class MeasureDelegate;
class SubGoalModel;

// Field 24: the ordered table of sub-goals, measures, responsible parties and schedules.
class SubGoalsSection : public PlanSection
{
    Q_OBJECT

public:
    explicit SubGoalsSection(QWidget *parent = nullptr);
    ~SubGoalsSection() override;

    void setPlan(const Plan &plan) override;
    void applyTo(Plan &plan) const override;
    SubGoalModel *subGoalModel() const { return m_subGoals; }
    // The measure cell offers the services of this database's catalogue as the officer types.
    void setServiceCatalogue(QSqlDatabase db);
    MeasureDelegate *measureDelegate() const { return m_measureDelegate; }
    // A signed plan shows "Record service starts…" unless the database is read-only.
    void setStartsWritable(bool writable);
    QPushButton *recordStartsButton() const;
    // Opens the dialog for the day each service began; after Save the table shows the dates.
    void recordStarts();

Q_SIGNALS:
    // The start dates were saved to the signed plan: the rows as stored now.
    void startsRecorded(const QList<SubGoal> &subGoals);

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStartsButton();
    SubGoalModel *m_subGoals = nullptr;
    QSqlDatabase m_db;
    qint64 m_planId = 0;
    bool m_signed = false;
    bool m_startsWritable = true;
    MeasureDelegate *m_measureDelegate = nullptr;
    std::unique_ptr<Ui::SubGoalsSection> m_ui;
};

} // namespace kotoplan
