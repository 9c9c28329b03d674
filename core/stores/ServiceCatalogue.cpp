// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/ServiceCatalogue.h"

#include "domain/Clock.h"
#include "domain/Party.h"
#include "domain/SearchKey.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kotoplan {

namespace {

const QString selectService = QStringLiteral(
    "SELECT id, name_fi, name_sv, name_en, description_fi, description_sv, description_en, "
    "responsible, partners, follow_up_fi, follow_up_sv, follow_up_en, active, row_version "
    "FROM service ");

// Partners are few and short: one a line in a text column keeps the SQL portable.
QString joinPartners(const QStringList &partners)
{
    QStringList kept;
    for (const QString &partner : partners) {
        const QString trimmed = partner.simplified();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(QLatin1Char('\n'));
}

Service serviceFrom(const QSqlQuery &query)
{
    Service service;
    service.id = query.value(0).toLongLong();
    service.nameFi = query.value(1).toString();
    service.nameSv = query.value(2).toString();
    service.nameEn = query.value(3).toString();
    service.descriptionFi = query.value(4).toString();
    service.descriptionSv = query.value(5).toString();
    service.descriptionEn = query.value(6).toString();
    service.responsible = query.value(7).toString();
    service.partners = query.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    service.followUpFi = query.value(9).toString();
    service.followUpSv = query.value(10).toString();
    service.followUpEn = query.value(11).toString();
    service.active = query.value(12).toInt() != 0;
    service.rowVersion = query.value(13).toInt();
    return service;
}

QString serviceKey(const Service &service)
{
    return searchKey(service.nameFi + QStringLiteral(" | ") + service.nameSv +
                     QStringLiteral(" | ") + service.nameEn);
}

QList<Service> readServices(QSqlQuery &query)
{
    QList<Service> services;
    if (!query.exec())
        return services;
    while (query.next())
        services.append(serviceFrom(query));
    return services;
}

} // namespace

ServiceCatalogue::ServiceCatalogue(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Service> ServiceCatalogue::list(bool activeOnly) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectService + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                  QStringLiteral("ORDER BY id"));
    return readServices(query);
}

QList<Service> ServiceCatalogue::search(const QString &text, bool activeOnly) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectService + QStringLiteral("WHERE search_key LIKE ? ESCAPE '\\' ") +
                  (activeOnly ? QStringLiteral("AND active = 1 ") : QString()) +
                  QStringLiteral("ORDER BY id"));
    query.addBindValue(QString(QLatin1Char('%') + escapeLike(searchKey(text)) + QLatin1Char('%')));
    return readServices(query);
}

std::optional<Service> ServiceCatalogue::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectService + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return serviceFrom(query);
}

int ServiceCatalogue::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM service")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StoreResult ServiceCatalogue::save(Service &service)
{
    if (service.nameFi.trimmed().isEmpty() && service.nameSv.trimmed().isEmpty() &&
        service.nameEn.trimmed().isEmpty()) {
        const QString message = tr("Give the service a name in at least one language.");
        return {StoreResult::Status::Invalid, message, {{QStringLiteral("service.name"), message}}};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};

    Service stored = service;
    for (QString *text : {&stored.nameFi, &stored.nameSv, &stored.nameEn, &stored.descriptionFi,
                          &stored.descriptionSv, &stored.descriptionEn, &stored.responsible,
                          &stored.followUpFi, &stored.followUpSv, &stored.followUpEn})
        *text = text->trimmed();
    stored.partners = joinPartners(service.partners).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    const QString now = sql::timestamp(Clock::now());
    QSqlQuery query(m_db);
    if (service.id == 0) {
        query.prepare(
            QStringLiteral(
                "INSERT INTO service (name_fi, name_sv, name_en, description_fi, description_sv, "
                "description_en, responsible, partners, follow_up_fi, follow_up_sv, follow_up_en, "
                "active, search_key, created_at, updated_at, row_version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)") +
            SqlDialect(m_db).returningId());
    } else {
        query.prepare(QStringLiteral(
            "UPDATE service SET name_fi = ?, name_sv = ?, name_en = ?, description_fi = ?, "
            "description_sv = ?, description_en = ?, responsible = ?, partners = ?, "
            "follow_up_fi = ?, follow_up_sv = ?, follow_up_en = ?, active = ?, search_key = ?, "
            "updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    }
    for (const QString &text :
         {stored.nameFi, stored.nameSv, stored.nameEn, stored.descriptionFi, stored.descriptionSv,
          stored.descriptionEn, stored.responsible, joinPartners(stored.partners),
          stored.followUpFi, stored.followUpSv, stored.followUpEn})
        query.addBindValue(sql::text(text));
    query.addBindValue(int(stored.active));
    query.addBindValue(serviceKey(stored));
    query.addBindValue(now);
    if (service.id == 0) {
        query.addBindValue(now);
    } else {
        query.addBindValue(service.id);
        query.addBindValue(service.rowVersion);
    }
    if (!query.exec())
        return {StoreResult::Status::Failed, tr("The service could not be saved."), {}};
    if (service.id == 0) {
        stored.id = SqlDialect(m_db).insertedId(query);
        stored.rowVersion = 1;
    } else {
        if (query.numRowsAffected() != 1) {
            query.finish();
            return load(service.id)
                       ? StoreResult{StoreResult::Status::Conflict,
                                     tr("Someone else changed this service in the meantime."),
                                     {}}
                       : StoreResult{StoreResult::Status::NotFound,
                                     tr("The service no longer exists."),
                                     {}};
        }
        stored.rowVersion = service.rowVersion + 1;
    }
    query.finish();
    if (!transaction.commit())
        return {StoreResult::Status::Failed, tr("The service could not be saved."), {}};
    service = stored;
    return {};
}

StoreResult ServiceCatalogue::setActive(qint64 id, bool active)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE service SET active = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(int(active));
    query.addBindValue(sql::timestamp(Clock::now()));
    query.addBindValue(id);
    if (!query.exec())
        return {StoreResult::Status::Failed, tr("The service could not be saved."), {}};
    if (query.numRowsAffected() != 1)
        return {StoreResult::Status::NotFound, tr("The service no longer exists."), {}};
    query.finish();
    if (!transaction.commit())
        return {StoreResult::Status::Failed, tr("The service could not be saved."), {}};
    return {};
}

int ServiceCatalogue::usageCount(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM plan_sub_goal WHERE service_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

StoreResult ServiceCatalogue::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {StoreResult::Status::Failed, tr("The database cannot be written to."), {}};
    // Checked inside the write lock, so no plan can start using the service in between.
    const int uses = usageCount(id);
    if (uses < 0)
        return {StoreResult::Status::Failed, tr("The service could not be deleted."), {}};
    if (uses > 0)
        return {StoreResult::Status::InUse,
                tr("The service is used in %n plan row(s) and cannot be deleted. Make it "
                   "inactive instead: it is then no longer offered, and the plans keep it.",
                   nullptr, uses),
                {}};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM service WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return {StoreResult::Status::Failed, tr("The service could not be deleted."), {}};
    if (query.numRowsAffected() != 1)
        return {StoreResult::Status::NotFound, tr("The service no longer exists."), {}};
    query.finish();
    if (!transaction.commit())
        return {StoreResult::Status::Failed, tr("The service could not be deleted."), {}};
    return {};
}

QList<ServiceSuggestion> ServiceCatalogue::suggestions(const QString &typed,
                                                       const QString &language, int limit) const
{
    const QString key = searchKey(typed);
    QList<ServiceSuggestion> starting;
    QList<ServiceSuggestion> containing;
    for (const Service &service : search(typed, true)) {
        const QString name = service.name(language);
        ServiceSuggestion suggestion{service.id, name, party::label(service.responsible),
                                     service.description(language)};
        if (searchKey(name).startsWith(key))
            starting.append(suggestion);
        else
            containing.append(suggestion);
    }
    starting.append(containing);
    return starting.mid(0, limit);
}

} // namespace kotoplan

namespace kotoplan {

QList<Service> ServiceCatalogue::defaultServices(QString *error)
{
    QFile file(QStringLiteral(":/kotoplan/catalogue/default-services.json"));
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    if (!document.isObject()) {
        if (error)
            *error = tr("The program's default service catalogue cannot be read.");
        return {};
    }
    QList<Service> services;
    for (const QJsonValue &value : document.object().value(QStringLiteral("services")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject name = entry.value(QStringLiteral("name")).toObject();
        const QJsonObject description = entry.value(QStringLiteral("description")).toObject();
        Service service;
        service.nameFi = name.value(QStringLiteral("fi")).toString();
        service.nameSv = name.value(QStringLiteral("sv")).toString();
        service.nameEn = name.value(QStringLiteral("en")).toString();
        service.descriptionFi = description.value(QStringLiteral("fi")).toString();
        service.descriptionSv = description.value(QStringLiteral("sv")).toString();
        service.descriptionEn = description.value(QStringLiteral("en")).toString();
        service.responsible = entry.value(QStringLiteral("responsible")).toString();
        for (const QJsonValue &partner : entry.value(QStringLiteral("partners")).toArray())
            service.partners.append(partner.toString());
        const QJsonObject followUp = entry.value(QStringLiteral("followUp")).toObject();
        service.followUpFi = followUp.value(QStringLiteral("fi")).toString();
        service.followUpSv = followUp.value(QStringLiteral("sv")).toString();
        service.followUpEn = followUp.value(QStringLiteral("en")).toString();
        services.append(service);
    }
    return services;
}

ServiceCatalogue::SeedResult ServiceCatalogue::seedDefaultIfNeeded()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM service_catalogue_seed")) || !query.next())
        return {0, tr("The service catalogue cannot be read.")};
    if (query.value(0).toInt() > 0 || count() != 0)
        return {};
    query.finish();

    QString error;
    const QList<Service> services = defaultServices(&error);
    if (services.isEmpty())
        return {0, error.isEmpty() ? tr("The default service catalogue is empty.") : error};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return {0, tr("The database cannot be written to.")};
    const QString now = sql::timestamp(Clock::now());
    query.prepare(QStringLiteral(
        "INSERT INTO service (name_fi, name_sv, name_en, description_fi, description_sv, "
        "description_en, responsible, partners, follow_up_fi, follow_up_sv, follow_up_en, active, "
        "search_key, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1)"));
    for (const Service &service : services) {
        for (const QString &text :
             {service.nameFi, service.nameSv, service.nameEn, service.descriptionFi,
              service.descriptionSv, service.descriptionEn, service.responsible,
              joinPartners(service.partners), service.followUpFi, service.followUpSv,
              service.followUpEn})
            query.addBindValue(sql::text(text));
        query.addBindValue(serviceKey(service));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return {0, tr("The default service catalogue could not be saved.")};
    }
    query.prepare(QStringLiteral("INSERT INTO service_catalogue_seed (seeded_at) VALUES (?)"));
    query.addBindValue(now);
    if (!query.exec() || !transaction.commit())
        return {0, tr("The default service catalogue could not be saved.")};
    return {int(services.size()), {}};
}

} // namespace kotoplan
