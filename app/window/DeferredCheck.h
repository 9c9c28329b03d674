// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/Database.h"

#include <QObject>

class QThread;

namespace kotoplan {

class MainWindow;

// The database checks that would hold the window back for seconds on a large file (quick_check,
// the day's first backup) run on a thread of their own once the window is up. A damaged file
// then stops every write, offers the latest backup, and leaves the window read-only when the
// officer declines; a failed backup shows in the status bar.
class DeferredCheck : public QObject
{
    Q_OBJECT

public:
    DeferredCheck(Database &database, MainWindow *window);
    // Waits for the thread: the program must not end under it.
    ~DeferredCheck() override;

    void start();

Q_SIGNALS:
    // The database was replaced by a backup: everything shown must be read again.
    void databaseReplaced();
    void finished();

private:
    void handle(const Database::OpenResult &result);

    Database &m_database;
    MainWindow *m_window;
    QThread *m_thread = nullptr;
};

} // namespace kotoplan
