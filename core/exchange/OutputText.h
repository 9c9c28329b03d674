// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan::outputText {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that
// a spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, so it stays text; plain numbers stay numbers.
QString csvField(const QString &value);

// A value for a terminal line: control characters (escape sequences, line breaks, tabs), DEL,
// C1 controls and bidirectional controls are shown as \u{XXXX}, so a value can neither forge
// a line nor move the cursor nor reorder what follows it.
QString forTerminal(const QString &value);

} // namespace kotoplan::outputText
