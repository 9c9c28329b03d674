// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/DocumentFolder.h"

#include "print/SafeFileName.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QStandardPaths>

namespace kotoplan::documentFolder {

QString forClient(const QString &clientName, bool meeting)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!meeting || clientName.trimmed().isEmpty())
        return documents;
    const QString kotoplan = QDir(documents).filePath(QStringLiteral("Kotoplan"));
    const QString folder = QDir(kotoplan).filePath(safeFileName(clientName, QString()));
    if (!QDir(kotoplan).exists())
        createPrivateFolder(kotoplan);
    if (!QDir(folder).exists() && !createPrivateFolder(folder))
        return documents; // better the usual folder than no dialog at all
    return folder;
}

} // namespace kotoplan::documentFolder
