// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/AuditLogExport.h"

#include "exchange/OutputText.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QSaveFile>

namespace kotoplan {

QString AuditLogExport::csvField(const QString &value)
{
    return outputText::csvField(value);
}

QString AuditLogExport::toCsv(const QList<AuditEntry> &entries)
{
    // Machine-readable column names and keys, the same in every UI language.
    QString csv = QStringLiteral("time,officer,os_user,action,client_id,plan_id,detail\r\n");
    const auto id = [](qint64 value) {
        return value > 0 ? QString::number(value) : QString();
    };
    for (const AuditEntry &entry : entries) {
        const QStringList fields = {entry.at.toUTC().toString(Qt::ISODateWithMs),
                                    csvField(entry.actor.officer),
                                    csvField(entry.actor.osUser),
                                    AuditLog::key(entry.action),
                                    id(entry.clientId),
                                    id(entry.planId),
                                    csvField(entry.detail)};
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

bool AuditLogExport::writeCsv(const QList<AuditEntry> &entries, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    // The temporary file is made private before any line is in it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toCsv(entries).toUtf8());
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    if (!restrictToOwner(path)) {
        *error = tr("%1 was written but could not be made private.").arg(shown);
        return false;
    }
    return true;
}

} // namespace kotoplan
