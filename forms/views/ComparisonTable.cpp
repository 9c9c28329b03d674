// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/ComparisonTable.h"

#include "models/PlanComparisonModel.h"
#include "tables/ChangedWordsDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace kotoplan {

void showComparison(QTableView *view, PlanComparisonModel *model)
{
    view->setModel(model);
    auto *words = new ChangedWordsDelegate(PlanComparisonModel::ChangedWordsRole, view);
    view->setItemDelegateForColumn(PlanComparisonModel::Before, words);
    view->setItemDelegateForColumn(PlanComparisonModel::After, words);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(PlanComparisonModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanComparisonModel::Before, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanComparisonModel::After, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace kotoplan
