// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QFileDevice;

namespace kotoplan {

// Files the program creates hold personal data: readable by their owner alone.
bool createPrivateFile(const QString &path);   // an empty file, mode 0600
bool createPrivateFolder(const QString &path); // mode 0700 where it is created
bool restrictToOwner(const QString &path);     // chmod 0600
// chmod 0600 on an open file, such as a QSaveFile before its commit, so the finished file is
// never readable by others, not even for a moment.
bool restrictToOwner(QFileDevice &file);
// A database opened for writing, with its -wal and -shm files, made 0600 whatever mode it had
// (chmod by name: the files are not opened). False when one of them cannot be changed.
bool makeDatabasePrivate(const QString &path);

} // namespace kotoplan
