// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

class QInputDialog;
class QWidget;

namespace kotoplan {

// At a start without an officer's name in the settings, the window asks who is at the desk:
// the audit log and the hand-overs name that person. A small dialog beside the window, not in
// its way; until it is answered (or when it is cancelled), the lines name the computer's
// account. Edit > Settings… changes the name later.
class OfficerPrompt
{
    Q_DECLARE_TR_FUNCTIONS(OfficerPrompt)

public:
    // The dialog shown, or nullptr when a name is set already.
    static QInputDialog *askIfUnnamed(QWidget *window);
};

} // namespace kotoplan
