// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/Database.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace kotoplan {

struct BackupInfo;

// File menu: back up now, and restore one of the backups after a confirmation that shows its
// date and counts. At start, offers the latest backup for a damaged file.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database &database, QWidget *window);

    // Adds the actions before the menu's last separator (the one above Quit).
    void addTo(QMenu *menu);
    QAction *backUpAction() const { return m_backUpAction; }
    QMenu *restoreMenu() const { return m_restoreMenu; }

    // The database did not open because the file is broken: offers the newest readable
    // backup. True when it was restored and the database is open.
    static bool offerLatestBackup(Database &database, const Database::OpenResult &failure,
                                  QWidget *parent);

public Q_SLOTS:
    void backUpNow();
    // Asks first; true when the database now holds the backup.
    bool restore(const QString &backupPath);

Q_SIGNALS:
    // The file is about to be replaced: what is typed must be saved into the old one first.
    void aboutToReplaceDatabase();
    // Everything shown from the database must be read again.
    void databaseReplaced();

protected:
    // On QEvent::LanguageChange, which it gets as a child of the main window: its texts again.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void fillRestoreMenu();
    static QString describe(const BackupInfo &backup);

    Database &m_database;
    QWidget *m_window;
    QAction *m_backUpAction = nullptr;
    QMenu *m_restoreMenu = nullptr;
};

} // namespace kotoplan
