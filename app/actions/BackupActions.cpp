// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/BackupActions.h"

#include "dialogs/MessageBox.h"
#include "storage/Backups.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QMenu>

namespace kotoplan {

BackupActions::BackupActions(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_backUpAction(new QAction(this))
    , m_restoreMenu(new QMenu(window))
{
    retranslate();
    m_restoreMenu->setObjectName(QStringLiteral("restoreMenu"));
    connect(m_backUpAction, &QAction::triggered, this, &BackupActions::backUpNow);
    connect(m_restoreMenu, &QMenu::aboutToShow, this, &BackupActions::fillRestoreMenu);
    // A read-only database is never written to, not even by a backup or a restore; a shared
    // database on a server is backed up by its administrator.
    m_backUpAction->setEnabled(!database.isReadOnly() && !database.isShared());
    m_restoreMenu->setEnabled(!database.isReadOnly() && !database.isShared());
    // Filled as it opens, never before: each backup is checked whole (quick_check), which takes
    // seconds a copy with a municipality's cases and would hold the window back at start.
}

void BackupActions::addTo(QMenu *menu)
{
    QAction *before = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (auto it = actions.rbegin(); it != actions.rend() && !before; ++it) {
        if ((*it)->isSeparator())
            before = *it;
    }
    menu->insertSeparator(before);
    menu->insertAction(before, m_backUpAction);
    menu->insertMenu(before, m_restoreMenu);
}

QString BackupActions::describe(const BackupInfo &backup)
{
    if (backup.kind.isEmpty())
        return tr("%1 – %2 clients, %3 plans")
            .arg(Backups::formatTime(backup.madeAt))
            .arg(backup.clients)
            .arg(backup.plans);
    return tr("%1, %2 – %3 clients, %4 plans")
        .arg(Backups::formatTime(backup.madeAt), Backups::kindText(backup.kind))
        .arg(backup.clients)
        .arg(backup.plans);
}

void BackupActions::fillRestoreMenu()
{
    m_restoreMenu->clear();
    const QList<BackupInfo> backups = Backups(m_database.path()).list();
    for (const BackupInfo &backup : backups) {
        // A damaged file kept for inspection is listed, but it is nothing to restore from.
        if (backup.kind == QLatin1String("damaged")) {
            m_restoreMenu
                ->addAction(
                    tr("%1, %2 (not restorable)")
                        .arg(Backups::formatTime(backup.madeAt), Backups::kindText(backup.kind)))
                ->setEnabled(false);
            continue;
        }
        if (!backup.readable())
            continue;
        const QString path = backup.path;
        m_restoreMenu->addAction(describe(backup), this, [this, path] { restore(path); });
    }
    if (m_restoreMenu->isEmpty())
        m_restoreMenu->addAction(tr("No backups yet"))->setEnabled(false);
}

void BackupActions::backUpNow()
{
    const Backups::Result written =
        Backups(m_database.path()).write(m_database.connection(), QStringLiteral("manual"));
    if (!written.ok) {
        MessageBox::critical(m_window, tr("Back up"), written.message);
        return;
    }
    BackupInfo info = Backups::inspect(written.path);
    info.kind = QStringLiteral("manual");
    MessageBox::information(m_window, tr("Back up"),
                            tr("A backup was written: %1").arg(describe(info)));
}

bool BackupActions::restore(const QString &backupPath)
{
    const BackupInfo backup = Backups::inspect(backupPath);
    const QString question =
        tr("Replace the database with the backup of %1? It holds %2 clients and %3 plans.\n\n"
           "Everything saved after %1 is replaced. The current database is kept as a backup "
           "first, so this can be undone.")
            .arg(Backups::formatTime(backup.madeAt))
            .arg(backup.clients)
            .arg(backup.plans);
    if (MessageBox::question(m_window, tr("Restore from backup"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    Q_EMIT aboutToReplaceDatabase();
    const Backups::Result restored = Backups(m_database.path()).restore(m_database, backupPath);
    Q_EMIT databaseReplaced(); // even a failed restore may have reopened the file
    if (!restored.ok) {
        MessageBox::critical(m_window, tr("Restore from backup"), restored.message);
        return false;
    }
    // Clients erased since the backup was made, erased again: the officer is told.
    if (!restored.message.isEmpty())
        MessageBox::information(m_window, tr("Restore from backup"), restored.message);
    return true;
}

bool BackupActions::offerLatestBackup(Database &database, const Database::OpenResult &failure,
                                      QWidget *parent)
{
    if (!failure.offersBackup() || database.isShared())
        return false;
    const std::optional<BackupInfo> latest = Backups(database.path()).latestReadable();
    if (!latest)
        return false;
    const QString question =
        failure.message + QStringLiteral("\n\n") +
        tr("The latest backup is from %1 and holds %2 clients and %3 plans. Restore it? The "
           "damaged file is kept in the backups folder.")
            .arg(Backups::formatTime(latest->madeAt))
            .arg(latest->clients)
            .arg(latest->plans);
    if (MessageBox::question(parent, QApplication::applicationName(), question,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    const Backups::Result restored = Backups(database.path()).restore(database, latest->path);
    if (!restored.ok) {
        MessageBox::critical(parent, QApplication::applicationName(), restored.message);
        return false;
    }
    return true;
}

void BackupActions::retranslate()
{
    m_backUpAction->setText(tr("Back &up now"));
    m_restoreMenu->setTitle(tr("Restore from &backup"));
    // Filled as it opens (aboutToShow), never at start or on a language switch: reading each
    // backup whole held a window on 100,000 clients back for seconds.
    if (m_restoreMenu->isVisible())
        fillRestoreMenu();
    else if (m_restoreMenu->isEmpty())
        m_restoreMenu->addAction(tr("Reading the backups…"))->setEnabled(false);
}

bool BackupActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
