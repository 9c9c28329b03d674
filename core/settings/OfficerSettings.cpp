// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/OfficerSettings.h"

#include <QSettings>

namespace kotoplan::officer {

namespace {

const QString nameKey = QStringLiteral("officer/name");
const QString organisationKey = QStringLiteral("officer/organisation");

void store(const QString &key, const QString &value)
{
    QSettings settings;
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
}

} // namespace

QString name()
{
    return QSettings().value(nameKey).toString().trimmed();
}

void setName(const QString &name)
{
    store(nameKey, name);
}

QString organisation()
{
    return QSettings().value(organisationKey).toString().trimmed();
}

void setOrganisation(const QString &organisation)
{
    store(organisationKey, organisation);
}

} // namespace kotoplan::officer
