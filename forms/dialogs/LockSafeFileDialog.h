// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFileDialog>
#include <QString>

namespace kotoplan::lockSafe {

// The program's file and folder dialogs. They list files by name alone and never open one:
// SQLite holds its locks on the database as POSIX advisory locks, which the kernel drops for the
// whole process as soon as the process closes any descriptor of that file. Qt's own icon
// provider opens every listed file whose name does not tell its type (the database's -wal and
// -shm files, backups) to guess the type from its first bytes, and so did GTK's native dialog:
// browsing into the database's folder released the window's locks, and a second program could
// then remove the write-ahead log that held the window's saved changes.
// Qt's own dialog is always used, with an icon provider that reads the type from the name.
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter, QFileDialog::Options options = {});
QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                     const QString &filter);
QString existingDirectory(QWidget *parent, const QString &title, const QString &folder);

} // namespace kotoplan::lockSafe
