// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

class QTextDocument;

namespace kotoplan {

// Moves what must not be cut by a page break onto the next page, on a document laid out in
// pages of `pageHeight` (PlanPages): a row of a table, a row of field boxes, a label and the box
// it labels, the signatures with what leads to them. Each move pushes what follows down, so the
// document is walked again from the top until nothing more moves.
void keepTogetherOnPages(QTextDocument &document, qreal pageHeight);

} // namespace kotoplan
