// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QModelIndex>

// The row arithmetic of QAbstractItemModel::moveRows, shared by the flat table models.
namespace kotoplan::rowMoves {

inline bool isValid(const QModelIndex &sourceParent, int sourceRow, int count,
                    const QModelIndex &destinationParent, int destination, int rowCount)
{
    return !sourceParent.isValid() && !destinationParent.isValid() && count > 0 && sourceRow >= 0 &&
           sourceRow + count <= rowCount && destination >= 0 && destination <= rowCount &&
           (destination < sourceRow || destination > sourceRow + count);
}

// `destination` counts rows before the move, as beginMoveRows does.
template<typename T> void apply(QList<T> &rows, int sourceRow, int count, int destination)
{
    const QList<T> moving = rows.mid(sourceRow, count);
    rows.remove(sourceRow, count);
    const int target = destination > sourceRow ? destination - count : destination;
    for (int i = 0; i < count; ++i)
        rows.insert(target + i, moving.at(i));
}

} // namespace kotoplan::rowMoves
