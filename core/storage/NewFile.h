// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

namespace kotoplan {

// Writes a file that must not exist yet, whole or not at all, readable by its owner alone
// (0600). A file, a folder or a symbolic link (even a dangling one) of that name is refused
// and never followed or replaced: the bytes go to a temporary file beside it, which is then
// linked under the name only if the name is free.
class NewFile
{
public:
    enum class Result
    {
        Written,
        Exists, // something of that name is there already: nothing was written
        Failed, // the folder cannot be written to, or the disk is full
    };
    static Result write(const QString &path, const QByteArray &bytes);
};

} // namespace kotoplan
