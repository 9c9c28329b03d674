// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/ServiceNames.h"

#include "stores/ServiceCatalogue.h"

namespace kotoplan::serviceNames {

QHash<qint64, Service> of(const QSqlDatabase &db, const Plan &plan)
{
    QHash<qint64, Service> services;
    const ServiceCatalogue catalogue(db);
    for (const SubGoal &subGoal : plan.subGoals) {
        if (subGoal.serviceId == 0 || services.contains(subGoal.serviceId))
            continue;
        if (const std::optional<Service> service = catalogue.load(subGoal.serviceId))
            services.insert(service->id, *service);
    }
    return services;
}

QString measure(const SubGoal &subGoal, const QHash<qint64, Service> &services,
                const QString &language)
{
    const auto found = services.constFind(subGoal.serviceId);
    if (subGoal.serviceId == 0 || found == services.cend())
        return subGoal.measure;
    const QString typed = subGoal.measure.trimmed();
    if (typed == found->nameFi || typed == found->nameSv || typed == found->nameEn)
        return found->name(language);
    return subGoal.measure;
}

} // namespace kotoplan::serviceNames
