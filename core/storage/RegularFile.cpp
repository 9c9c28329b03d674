// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/RegularFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kotoplan {

std::optional<QByteArray> readRegularFile(const QString &path, qint64 limit, bool *regular)
{
    *regular = true;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a pipe without a writer would wait for one.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *regular = !QFileInfo(path).exists() || QFileInfo(path).isFile();
        return std::nullopt;
    }
    struct stat status
    {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        *regular = false;
        ::close(fd);
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[65536];
    while (bytes.size() < limit) {
        const ssize_t got =
            ::read(fd, buffer, size_t(std::min<qint64>(sizeof buffer, limit - bytes.size())));
        if (got < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    ::close(fd);
    return bytes;
#else
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *regular = false;
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(limit);
#endif
}

} // namespace kotoplan
