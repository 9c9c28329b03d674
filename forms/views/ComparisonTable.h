// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QTableView;

namespace kotoplan {

class PlanComparisonModel;

// Shows two plan versions side by side in `view` (the review's comparison and the plan
// history): the field's name as wide as it needs, both versions sharing the rest and wrapped,
// their changed words marked.
void showComparison(QTableView *view, PlanComparisonModel *model);

} // namespace kotoplan
