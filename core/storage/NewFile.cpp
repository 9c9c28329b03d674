// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace kotoplan {

namespace {
bool taken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}
} // namespace

NewFile::Result NewFile::write(const QString &path, const QByteArray &bytes)
{
    if (taken(path))
        return Result::Exists;
    const QFileInfo target(path);
    // QTemporaryFile creates its file with O_EXCL and mode 0600.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".kotoplan-XXXXXX")));
    temporary.setAutoRemove(true);
    if (!temporary.open() || temporary.write(bytes) != bytes.size() || !temporary.flush())
        return Result::Failed;
#ifdef Q_OS_UNIX
    if (::fsync(temporary.handle()) != 0)
        return Result::Failed;
    // link() fails with EEXIST whatever has the name, and follows no symbolic link.
    const QByteArray from = QFile::encodeName(temporary.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (::link(from.constData(), to.constData()) == 0)
        return Result::Written; // the temporary name goes with the QTemporaryFile
    if (errno == EEXIST)
        return Result::Exists;
    if (errno != EPERM && errno != EOPNOTSUPP)
        return Result::Failed;
        // A file system without hard links (FAT on a memory stick): check, then rename.
#endif
    temporary.close();
    if (taken(path))
        return Result::Exists;
    if (!temporary.rename(target.absoluteFilePath()))
        return taken(path) ? Result::Exists : Result::Failed;
    temporary.setAutoRemove(false);
    return Result::Written;
}

} // namespace kotoplan
