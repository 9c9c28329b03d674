// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqliteHeader.h"

#include <QFile>
#include <QtEndian>

namespace kotoplan {

std::optional<SqliteHeader> SqliteHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.read(100);
    SqliteHeader header;
    static const QByteArray magic("SQLite format 3\0", 16);
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(magic);
    if (!header.isSqlite)
        return header;
    const uchar *data = reinterpret_cast<const uchar *>(bytes.constData());
    header.userVersion = qFromBigEndian<quint32>(data + 60);
    const quint16 size = qFromBigEndian<quint16>(data + 16);
    header.pageSize = size == 1 ? 65536 : size;
    // The count is only valid when the change counter matches "version valid for".
    if (qFromBigEndian<quint32>(data + 24) == qFromBigEndian<quint32>(data + 92))
        header.pageCount = qFromBigEndian<quint32>(data + 28);
    return header;
}

} // namespace kotoplan
