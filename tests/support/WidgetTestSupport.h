// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QWidget;

namespace kotoplan::test {

// Types text key by key into the widget, as a keyboard would, in any script
// (QTest::keyClicks knows Latin-1 only).
void typeText(QWidget *widget, const QString &text);
// Shows a window at the size of a small laptop's screen and waits until it is active, ready for
// keys; false when it never became active.
bool showActive(QWidget &window);
// Saves a screenshot into the build tree's screenshots folder, to look at.
QString saveScreenshot(QWidget &widget, const QString &name);

} // namespace kotoplan::test
