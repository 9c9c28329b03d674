// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan::documentFolder {

// Where the file dialogs start: the user's documents folder. In a meeting, a folder of the
// client's own inside it (Documents/Kotoplan/<client>), made on first use and readable by the
// owner alone, so that no other client's file name shows while the client watches the screen.
QString forClient(const QString &clientName, bool meeting);

} // namespace kotoplan::documentFolder
