// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QIcon>
#include <QStringList>

// The icons of the window's actions: the desktop theme's where it has one (freedesktop.org
// names), else the program's own from resources/icons, so that no button is blank on a desktop
// without a theme (a bare X session, Windows).
namespace kotoplan::icons {

// The freedesktop.org names the program ships an icon for.
QStringList names();
// The theme's icon of this name, else the program's own.
QIcon named(const QString &name);
// Kotoplan's own icon, for every window (QGuiApplication::setWindowIcon).
QIcon application();

} // namespace kotoplan::icons
