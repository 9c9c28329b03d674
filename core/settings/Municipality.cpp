// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/Municipality.h"

#include <QSettings>

namespace kotoplan::municipality {

namespace {
const QString settingsKey = QStringLiteral("municipality/name");
} // namespace

QString name()
{
    return QSettings().value(settingsKey).toString().trimmed();
}

void setName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, name.trimmed());
}

} // namespace kotoplan::municipality
