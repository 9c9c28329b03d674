// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Service.h"
#include "stores/StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kotoplan {

// What the measure column offers as the officer types: enough to fill in the measure, the
// service id and the responsible party of a sub-goal.
struct ServiceSuggestion
{
    qint64 serviceId = 0;
    QString name;        // in the language asked for
    QString responsible; // the party's name in that language
    QString description;
    bool operator==(const ServiceSuggestion &) const = default;
};

// Owns the SQL of the service catalogue (the municipality's integration programme).
// One save is one transaction; a service that plans use is never deleted, only made inactive.
class ServiceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)

public:
    explicit ServiceCatalogue(QSqlDatabase db);

    // Every service (or the active ones) in the order they were added.
    QList<Service> list(bool activeOnly = false) const;
    // Services whose name in any language contains the text, without case or accents.
    QList<Service> search(const QString &text, bool activeOnly = false) const;
    std::optional<Service> load(qint64 id) const;
    int count() const;

    // Inserts (id 0) or updates the service; refuses a service without a name and stale
    // copies. On success the id and row version of `service` are brought up to date.
    StoreResult save(Service &service);
    StoreResult setActive(qint64 id, bool active);
    // Deletes a service no plan uses; one in use is refused with Status::InUse.
    StoreResult remove(qint64 id);
    // How many sub-goal rows of plans name the service.
    int usageCount(qint64 id) const;

    // Active services matching the typed text for the measure column, names in `language`
    // ("fi", "sv", "en"); names starting with the text come first.
    QList<ServiceSuggestion> suggestions(const QString &typed, const QString &language,
                                         int limit = 20) const;

    // Puts the default catalogue in once per database, the first time it is opened with an
    // empty catalogue; returns how many services were added (0 when already seeded).
    struct SeedResult
    {
        int added = 0;
        QString error; // empty on success
    };
    SeedResult seedDefaultIfNeeded();
    // The default catalogue shipped with the program (resources/catalogue/default-services.json),
    // every text in Finnish, Swedish and English.
    static QList<Service> defaultServices(QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace kotoplan
