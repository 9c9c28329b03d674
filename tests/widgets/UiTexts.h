// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSet>
#include <QStringList>

class QWidget;

namespace kotoplan::test {

// Every text a user can see or hear from a window and everything in it: labels, buttons, group
// boxes, tabs, menus and their actions, tool bars, table headers and the cells the program
// fills (not those the officer types), tool tips,
// placeholder texts, combo box items, window titles and accessible names.
QStringList uiTexts(QWidget &root);
// The English source texts of translations/kotoplan_<language>.ts whose translation differs:
// such a text on screen in that language is a text that was not translated.
QSet<QString> translatedSources(const QString &language);

} // namespace kotoplan::test
