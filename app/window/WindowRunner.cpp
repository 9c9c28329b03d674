// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/WindowRunner.h"

#include "actions/BackupActions.h"
#include "actions/SettingsActions.h"
#include "cli/CommandLine.h"
#include "dialogs/MessageBox.h"
#include "settings/DatabaseLocation.h"
#include "storage/Database.h"
#include "window/CaseWorkspace.h"
#include "window/DeferredCheck.h"
#include "window/MainWindow.h"
#include "window/OfficerPrompt.h"

#include <QApplication>
#include <QStatusBar>

#include <memory>

namespace kotoplan {

int WindowRunner::run(const QString &commandLineLocation)
{
    const bool fromCommandLine = !commandLineLocation.isEmpty();
    const QString location = fromCommandLine
                                 ? commandLineLocation
                                 : DatabaseLocation::resolve(DatabaseLocation::configured());
    auto database = std::make_unique<Database>();
    // The checks that read the whole file wait until the window is up (DeferredCheck).
    const Database::OpenResult opened =
        database->open(location, Database::Mode::ReadWrite, Database::Checks::Deferred);
    if (!opened.ok()) {
        fprintf(stderr, "%s\n", qUtf8Printable(opened.message));
        if (!BackupActions::offerLatestBackup(*database, opened, nullptr)) {
            MessageBox::critical(nullptr, QApplication::applicationName(), opened.message);
            return CommandLine::Failure;
        }
    }
    QString warning = opened.warning;
    for (bool first = true;; first = false) {
        std::unique_ptr<Database> next;
        int code = 0;
        {
            MainWindow window(database->connection());
            if (database->isReadOnly())
                window.setReadOnly(database->readOnlyReason());
            BackupActions backupActions(*database, &window);
            window.addBackupActions(&backupActions);
            // --database holds for this start's first window only; a switch follows the setting.
            if (first && fromCommandLine)
                window.settingsActions()->setCommandLineDatabase(database->path());
            // Not close(): Qt quits the event loop when the last window closes, and the next
            // round needs it. The window goes at the end of this block.
            connect(window.settingsActions(), &SettingsActions::switchRequested, &window,
                    [&window, &next, &warning] {
                        next = window.settingsActions()->takeNextDatabase();
                        warning = window.settingsActions()->nextWarning();
                        QCoreApplication::exit(SwitchDatabase);
                    });
            if (!warning.isEmpty())
                window.statusBar()->showMessage(warning);
            window.show();
            if (first)
                OfficerPrompt::askIfUnnamed(&window);
            DeferredCheck check(*database, &window);
            connect(&check, &DeferredCheck::databaseReplaced, window.workspace(),
                    &CaseWorkspace::reloadFromDatabase);
            check.start();
            Q_EMIT windowShown(&window);
            code = QCoreApplication::exec();
        }
        if (code != SwitchDatabase || !next)
            return code;
        // The old window is gone: now its database may close.
        database = std::move(next);
    }
}

} // namespace kotoplan
