// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan {

// A file name that every file system takes (ext4, NTFS, FAT, APFS, SMB shares): no / \ : * ? " < >
// |, no control characters, no trailing dots or spaces, no reserved Windows device name, at
// most `maxBytes` bytes of UTF-8 with the suffix, cut between characters. Letters of every
// script stay. `suffix` (".pdf") is kept whole; an empty name becomes "plan".
QString safeFileName(const QString &name, const QString &suffix, int maxBytes = 200);

} // namespace kotoplan
