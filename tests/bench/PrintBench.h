// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTextStream>

namespace kotoplan::bench {

// Rendering a full three-page plan to PDF/A with our header and footer, against a bare
// QTextDocument::print of the same document; prints both medians and their ratio.
// Returns false when something failed.
bool printBench(QTextStream &out, int runs);

} // namespace kotoplan::bench
