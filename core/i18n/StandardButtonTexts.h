// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <utility>

// Qt names its standard buttons (OK, Cancel, Yes, No…) through its own translations, and Qt
// ships none in Swedish. Listing the texts here puts them into the program's .ts files, so the
// program's translator gives them in Swedish, and in the same words as the rest of the UI in
// Finnish.
namespace kotoplan::standardButtonTexts {

// (context, English source) of every standard button text Qt 6.4 asks for.
QList<std::pair<const char *, const char *>> sources();

} // namespace kotoplan::standardButtonTexts
