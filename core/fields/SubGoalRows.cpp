// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/SubGoalRows.h"

#include <vector>

namespace kotoplan {

namespace {

// Rows between two matched ones: paired in order, the rest added or removed.
void pairBetween(QList<SubGoalRow> &rows, int fromBefore, int toBefore, int fromAfter, int toAfter)
{
    int b = fromBefore;
    int a = fromAfter;
    for (; b < toBefore && a < toAfter; ++b, ++a)
        rows.append({b, a, SubGoalRow::Change::Changed});
    for (; b < toBefore; ++b)
        rows.append({b, -1, SubGoalRow::Change::Removed});
    for (; a < toAfter; ++a)
        rows.append({-1, a, SubGoalRow::Change::Added});
}

} // namespace

QList<SubGoalRow> matchSubGoals(const QList<SubGoal> &before, const QList<SubGoal> &after)
{
    // The longest common subsequence of the sub-goal texts: a table has a few dozen rows.
    const int n = int(before.size());
    const int m = int(after.size());
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            common[i][j] = before.at(i).goal.trimmed() == after.at(j).goal.trimmed()
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<SubGoalRow> rows;
    int i = 0;
    int j = 0;
    int lastBefore = 0;
    int lastAfter = 0;
    while (i < n && j < m) {
        if (before.at(i).goal.trimmed() == after.at(j).goal.trimmed()) {
            pairBetween(rows, lastBefore, i, lastAfter, j);
            rows.append({i, j,
                         before.at(i) == after.at(j) ? SubGoalRow::Change::Same
                                                     : SubGoalRow::Change::Changed});
            lastBefore = ++i;
            lastAfter = ++j;
        } else if (common[i + 1][j] >= common[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    pairBetween(rows, lastBefore, n, lastAfter, m);
    return rows;
}

} // namespace kotoplan
