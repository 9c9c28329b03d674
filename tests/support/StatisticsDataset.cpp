// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StatisticsDataset.h"

#include "domain/DateText.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"

#include <catch2/catch.hpp>

namespace kotoplan::test {

namespace {

Client client(const char *name, QDate birth, const char *contact, QStringList tongues, QDate permit)
{
    Client value;
    value.name = QString::fromUtf8(name);
    value.dateOfBirth = birth;
    value.contactLanguage = QString::fromLatin1(contact);
    value.motherTongues = std::move(tongues);
    value.firstPermitDate = permit;
    return value;
}

SubGoal row(qint64 serviceId, const QString &measure)
{
    return {QStringLiteral("Goal"), measure, serviceId, QString(), QString()};
}

Plan plan(qint64 clientId, QDate drafted, MainGoal goal, QList<SubGoal> rows,
          const Plan *previous = nullptr)
{
    Plan value;
    value.clientId = clientId;
    value.draftedOn = drafted;
    value.mainGoal = goal;
    if (goal == MainGoal::Other)
        value.mainGoalText = QStringLiteral("Driving licence");
    value.subGoals = std::move(rows);
    if (previous) {
        value.kind = PlanKind::Review;
        value.previousPlanId = previous->id;
        value.firstPlanDate =
            previous->firstPlanDate.isValid() ? previous->firstPlanDate : previous->draftedOn;
    }
    return value;
}

} // namespace

StatisticsDataset buildStatisticsDataset(QSqlDatabase db)
{
    StatisticsDataset data;
    ClientStore clients(db);
    PlanStore plans(db);
    ServiceCatalogue catalogue(db);
    const QList<Service> services = catalogue.list();
    REQUIRE(services.size() >= 3);
    data.s1 = services.at(0).id;
    data.s2 = services.at(1).id;

    data.clients = {
        client("Aaltonen Testi", {1980, 1, 15}, "fi", {QStringLiteral("ar")}, {2024, 1, 10}),
        client("Bashir Examplename", {1975, 6, 30}, "sv",
               {QStringLiteral("so"), QStringLiteral("ar")}, {2024, 6, 1}),
        client("Chen Sampleperson", {1990, 2, 28}, "en", {QStringLiteral("zh")}, {2025, 5, 1}),
        client("Dawit Fixture", {2000, 7, 7}, "", {}, {2025, 9, 9}),
        // No plans: windows closing in 10, 89, 91 and 0 days from 23.11.2026.
        client("Eeva Tenday", {1970, 3, 3}, "fi", {QStringLiteral("et")}, {2023, 12, 3}),
        client("Farah Eightynine", {1971, 4, 4}, "ar", {QStringLiteral("ar")}, {2024, 2, 20}),
        client("Goran Ninetyone", {1972, 5, 5}, "sv", {QStringLiteral("sr")}, {2024, 2, 22}),
        client("Hanna Closedtoday", {1973, 6, 6}, "fi", {}, {2023, 11, 23}),
        // A plan before the range: counts nowhere, and closes no window "without a plan".
        client("Ilse Beforerange", {1985, 3, 3}, "de", {QStringLiteral("de")}, {2023, 12, 10}),
    };
    for (Client &value : data.clients)
        REQUIRE(clients.save(value).ok());
    const auto id = [&data](int index) {
        return data.clients.at(index).id;
    };
    const auto save = [&plans](Plan value) {
        const StoreResult saved = plans.save(value);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return value;
    };

    // 2024: A first (March), A review (August, within six months), B first (31 December).
    const Plan aFirst = save(
        plan(id(0), {2024, 3, 5}, MainGoal::WorkOrEntrepreneurship,
             {row(data.s1, QStringLiteral("Assessment")), row(0, QStringLiteral("Cooking club"))}));
    const Plan aReview = save(plan(id(0), {2024, 8, 20}, MainGoal::WorkOrEntrepreneurship,
                                   {row(data.s1, QStringLiteral("Assessment"))}, &aFirst));
    const Plan bFirst = save(plan(id(1), {2024, 12, 31}, MainGoal::Literacy,
                                  {row(data.s1, QStringLiteral("Assessment"))}));
    // 2025: B review on the last day of six months, A review late (31 December), C first.
    save(plan(id(1), {2025, 6, 30}, MainGoal::Literacy,
              {row(data.s2, QStringLiteral("Integration plan")), row(0, QString())}, &bFirst));
    save(plan(id(0), {2025, 12, 31}, MainGoal::WorkOrEntrepreneurship, {}, &aReview));
    save(
        plan(id(2), {2025, 12, 31}, MainGoal::Other,
             {row(data.s2, QStringLiteral("Integration plan")), row(0, QStringLiteral("Sewing"))}));
    // 2026: D first on New Year's day, no main goal yet.
    save(plan(id(3), {2026, 1, 1}, MainGoal::None, {row(data.s1, QStringLiteral("Assessment"))}));
    // 2022, outside every range asked below.
    save(plan(id(8), {2022, 5, 5}, MainGoal::Vocation,
              {row(data.s1, QStringLiteral("Assessment"))}));

    REQUIRE(catalogue.setActive(data.s2, false).ok());
    REQUIRE(catalogue.setActive(services.at(2).id, false).ok()); // unused and inactive: not shown
    data.catalogue = catalogue.list();
    return data;
}

QStringList privateTexts(const StatisticsDataset &data)
{
    QStringList texts;
    for (const Client &value : data.clients) {
        texts << value.name << value.name.section(QLatin1Char(' '), 0, 0)
              << value.name.section(QLatin1Char(' '), 1) << value.dateOfBirth.toString(Qt::ISODate)
              << dateText::formatDate(value.dateOfBirth)
              << value.dateOfBirth.toString(QStringLiteral("dd.MM.yyyy"));
    }
    texts << QStringLiteral("Cooking club") << QStringLiteral("Sewing")
          << QStringLiteral("Driving licence");
    return texts;
}

} // namespace kotoplan::test
