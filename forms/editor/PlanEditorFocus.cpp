// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Where the editor puts the cursor when the window sends the officer to one part of the plan.
#include "editor/PlanEditor.h"

#include "models/SubGoalOutcomeModel.h"
#include "sections/OutcomesSection.h"
#include "sections/SubGoalsSection.h"
#include "ui_PlanEditor.h"

#include <QPushButton>
#include <QScrollArea>
#include <QTableView>

namespace kotoplan {

void PlanEditor::focusOutcomes()
{
    if (!m_ui->outcomesSectionBox->isVisible())
        return;
    m_ui->scrollArea->ensureWidgetVisible(m_ui->outcomesSectionBox, 0, 0);
    QTableView *view = m_ui->outcomesSection->tableView();
    // A signed review is only read: no cursor in a table that cannot be edited.
    if (m_readOnly)
        return;
    view->setFocus();
    if (view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, SubGoalOutcomeModel::Result));
}

void PlanEditor::focusServiceStarts()
{
    QPushButton *button = m_ui->subGoalsSection->recordStartsButton();
    if (!button->isVisible() || !button->isEnabled())
        return;
    m_ui->scrollArea->ensureWidgetVisible(m_ui->subGoalsSectionBox, 0, 0);
    button->setFocus(Qt::OtherFocusReason);
}

} // namespace kotoplan
