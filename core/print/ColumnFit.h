// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>
#include <QTextCharFormat>

namespace kotoplan {

// The width in points that the longest word of each column of a printed table needs, its
// padding and borders included (headers in `label`, cells in `text`).
QList<qreal> widestWords(const QStringList &headers, const QList<QStringList> &rows,
                         const QTextCharFormat &text, const QTextCharFormat &label);
// The columns' shares of the page, widened where a word would not fit (it would be broken
// inside: "Työvoimaviranomai|nen") at the expense of the columns with room to spare.
QList<int> fittedPercents(QList<int> percents, const QList<qreal> &needed);

} // namespace kotoplan
