// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/ServicePoint.h"

#include <QSettings>

namespace kotoplan {

namespace {
const QString phoneKey = QStringLiteral("servicePoint/phone");
const QString emailKey = QStringLiteral("servicePoint/email");
const QString addressKey = QStringLiteral("servicePoint/address");
const QString hoursKey = QStringLiteral("servicePoint/openingHours");

void store(QSettings &settings, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
}
} // namespace

bool ServicePoint::isEmpty() const
{
    return phone.isEmpty() && email.isEmpty() && address.isEmpty() && openingHours.isEmpty();
}

ServicePoint ServicePoint::load()
{
    const QSettings settings;
    return {settings.value(phoneKey).toString(), settings.value(emailKey).toString(),
            settings.value(addressKey).toString(), settings.value(hoursKey).toString()};
}

void ServicePoint::save(const ServicePoint &servicePoint)
{
    QSettings settings;
    store(settings, phoneKey, servicePoint.phone);
    store(settings, emailKey, servicePoint.email);
    store(settings, addressKey, servicePoint.address);
    store(settings, hoursKey, servicePoint.openingHours);
}

} // namespace kotoplan
