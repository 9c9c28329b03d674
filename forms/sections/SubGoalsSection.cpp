// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/SubGoalsSection.h"

#include "dialogs/ServiceStartDialog.h"
#include "models/SubGoalModel.h"
#include "tables/MeasureDelegate.h"
#include "tables/MultiLineDelegate.h"
#include "ui_SubGoalsSection.h"

#include <QEvent>
#include <QPushButton>

#include <QTableView>

namespace kotoplan {

SubGoalsSection::SubGoalsSection(QWidget *parent)
    : PlanSection(parent)
    , m_subGoals(new SubGoalModel(this))
    , m_ui(std::make_unique<Ui::SubGoalsSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
    m_ui->subGoalsEditor->setModel(m_subGoals);
    // The sub-goal and the measure may take several lines (Shift+Enter); the party and the
    // schedule are one line each.
    QTableView *view = m_ui->subGoalsEditor->tableView();
    view->setItemDelegateForColumn(SubGoalModel::Goal, new MultiLineDelegate(view));
    retranslate();
    m_ui->subGoalsLabel->setBuddy(m_ui->subGoalsEditor->tableView());
    // A start date that is no date is not taken: the section says why, the cell keeps its date.
    connect(m_subGoals, &SubGoalModel::dateRefused, this, [this](const QString &message) {
        showProblems({{QStringLiteral("subGoals"), message}});
    });
    connect(m_ui->recordStartsButton, &QPushButton::clicked, this, &SubGoalsSection::recordStarts);
    showStartsButton();
}

SubGoalsSection::~SubGoalsSection() = default;

void SubGoalsSection::setServiceCatalogue(QSqlDatabase db)
{
    m_db = db;
    QTableView *view = m_ui->subGoalsEditor->tableView();
    delete m_measureDelegate;
    m_measureDelegate = new MeasureDelegate(std::move(db), view);
    view->setItemDelegateForColumn(SubGoalModel::Measure, m_measureDelegate);
}

void SubGoalsSection::setPlan(const Plan &plan)
{
    m_subGoals->setRows(plan.subGoals);
    m_planId = plan.id;
    m_signed = plan.status == PlanStatus::Signed;
    showStartsButton();
}

void SubGoalsSection::setStartsWritable(bool writable)
{
    m_startsWritable = writable;
    showStartsButton();
}

void SubGoalsSection::showStartsButton()
{
    // A draft takes its start dates in the table's own column.
    m_ui->recordStartsButton->setVisible(m_signed);
    m_ui->recordStartsButton->setEnabled(m_signed && m_startsWritable && m_planId > 0 &&
                                         m_subGoals->rowCount() > 0 && m_db.isValid());
}

QPushButton *SubGoalsSection::recordStartsButton() const
{
    return m_ui->recordStartsButton;
}

void SubGoalsSection::recordStarts()
{
    if (!m_ui->recordStartsButton->isEnabled())
        return;
    Plan plan;
    plan.id = m_planId;
    plan.status = PlanStatus::Signed;
    plan.subGoals = m_subGoals->rows();
    ServiceStartDialog dialog(m_db, plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT startsRecorded(dialog.subGoals());
}

void SubGoalsSection::applyTo(Plan &plan) const
{
    plan.subGoals = m_subGoals->rows();
}

void SubGoalsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    PlanSection::changeEvent(event);
}

void SubGoalsSection::retranslate()
{
    m_ui->subGoalsEditor->setAccessibleTableName(tr("Sub-goals"));
}

} // namespace kotoplan
