// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/OutcomesSection.h"

#include "models/SubGoalOutcomeModel.h"
#include "tables/MultiLineDelegate.h"
#include "tables/OutcomeDelegate.h"
#include "ui_OutcomesSection.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace kotoplan {

OutcomesSection::OutcomesSection(QWidget *parent)
    : PlanSection(parent)
    , m_outcomes(new SubGoalOutcomeModel(this))
    , m_ui(std::make_unique<Ui::OutcomesSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
    QTableView *view = m_ui->outcomesView;
    view->setModel(m_outcomes);
    view->setItemDelegateForColumn(SubGoalOutcomeModel::Result, new OutcomeDelegate(view));
    view->setItemDelegateForColumn(SubGoalOutcomeModel::Note, new MultiLineDelegate(view));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(SubGoalOutcomeModel::SubGoalText, QHeaderView::Stretch);
    header->setSectionResizeMode(SubGoalOutcomeModel::Result, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubGoalOutcomeModel::Note, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The header does not measure the rows again when a column's width changes (a table laid out
    // while hidden would keep rows sized for a narrow column): measure them after every change.
    connect(
        view->horizontalHeader(), &QHeaderView::sectionResized, view,
        [view] { view->verticalHeader()->resizeSections(QHeaderView::ResizeToContents); },
        Qt::QueuedConnection);
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * 8);
}

OutcomesSection::~OutcomesSection() = default;

QTableView *OutcomesSection::tableView() const
{
    return m_ui->outcomesView;
}

void OutcomesSection::setPreviousSubGoals(const QList<SubGoal> &subGoals)
{
    m_outcomes->setPreviousSubGoals(subGoals);
}

void OutcomesSection::setPlan(const Plan &plan)
{
    m_outcomes->setRows(plan.outcomes);
}

void OutcomesSection::applyTo(Plan &plan) const
{
    // A first plan assesses nothing; a review whose previous plan is gone keeps what it had.
    if (plan.kind != PlanKind::Review)
        plan.outcomes.clear();
    else if (m_outcomes->rowCount() > 0)
        plan.outcomes = m_outcomes->rows();
}

void OutcomesSection::retranslate()
{
    // The model translates on every call: telling the view is enough.
    Q_EMIT m_outcomes->headerDataChanged(Qt::Horizontal, 0, SubGoalOutcomeModel::ColumnCount - 1);
    if (m_outcomes->rowCount() > 0)
        Q_EMIT m_outcomes->dataChanged(
            m_outcomes->index(0, 0),
            m_outcomes->index(m_outcomes->rowCount() - 1, SubGoalOutcomeModel::ColumnCount - 1),
            {Qt::DisplayRole, Qt::ToolTipRole});
}

void OutcomesSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
