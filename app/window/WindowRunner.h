// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace kotoplan {

class MainWindow;

// The window's life on its database: opens the database, shows the main window and runs the
// event loop. When Settings switches to another database, the window is replaced by a new one
// on it, without a restart; the old database stays open until the new one has opened.
class WindowRunner : public QObject
{
    Q_OBJECT

public:
    // The event loop's exit code that asks for the next round on another database.
    static constexpr int SwitchDatabase = 0x5d1c;

    // `commandLineLocation`: --database's value, which the first round opens instead of the
    // setting (DatabaseLocation); empty when not given. Returns the program's exit code.
    int run(const QString &commandLineLocation);

Q_SIGNALS:
    // A main window is up, the first one and each one after a switch (for tests).
    void windowShown(kotoplan::MainWindow *window);
};

} // namespace kotoplan
