// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "domain/Party.h"
#include "models/ServiceCatalogueModel.h"
#include "models/ServiceSuggestionModel.h"
#include "print/ProgrammeDocument.h"
#include "storage/SqlScript.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
const QDate fixedToday(2026, 11, 23);

Service sampleService()
{
    Service service;
    service.nameFi = QStringLiteral("Kielikahvila");
    service.nameSv = QStringLiteral("Språkcafé");
    service.nameEn = QStringLiteral("Language café");
    service.descriptionEn = QStringLiteral("Talking Finnish over coffee.");
    service.responsible = QStringLiteral("third-sector");
    service.partners = {QStringLiteral("parish"), QStringLiteral(" Library  ")};
    service.followUpEn = QStringLiteral("Visitors per month");
    return service;
}

// A client with a plan whose sub-goal uses the service; returns the plan's id.
qint64 planUsing(QSqlDatabase db, qint64 serviceId, const QString &measure)
{
    Client client = test::fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    plan.subGoals = {{QStringLiteral("Speaks more"), measure, serviceId,
                      QStringLiteral("Third sector"), QStringLiteral("Weekly")}};
    REQUIRE(PlanStore(db).save(plan).ok());
    return plan.id;
}
} // namespace

TEST_CASE("A new database gets the default catalogue once, in three languages",
          "[catalogue][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    int seeded = 0;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        const QList<Service> services = ServiceCatalogue(database.connection()).list();
        seeded = int(services.size());
        CHECK(seeded == int(ServiceCatalogue::defaultServices().size()));
        CHECK(seeded >= 15);
        for (const Service &service : services) {
            INFO(service.nameEn.toStdString());
            CHECK_FALSE(service.nameFi.isEmpty());
            CHECK_FALSE(service.nameSv.isEmpty());
            CHECK_FALSE(service.nameEn.isEmpty());
            CHECK_FALSE(service.descriptionFi.isEmpty());
            CHECK_FALSE(service.descriptionSv.isEmpty());
            CHECK_FALSE(service.descriptionEn.isEmpty());
            CHECK(party::isKey(service.responsible));
            CHECK(service.active);
        }
        const QStringList names = [&services] {
            QStringList all;
            for (const Service &service : services)
                all << service.nameFi << service.nameSv << service.nameEn;
            return all;
        }();
        CHECK(names.contains(QStringLiteral("Monikielinen yhteiskuntaorientaatio")));
        CHECK(names.contains(QStringLiteral("Flerspråkig samhällsorientering")));
        CHECK(names.contains(QStringLiteral("Housing guidance")));
        QSet<QString> responsible;
        for (const Service &service : services) {
            responsible.insert(service.responsible);
            for (const QString &partner : service.partners)
                responsible.insert(partner);
        }
        for (const QString &key : party::keys())
            CHECK(responsible.contains(key));

        // The officers delete every entry: the next open must not bring them back.
        ServiceCatalogue catalogue(database.connection());
        for (const Service &service : services)
            REQUIRE(catalogue.remove(service.id).ok());
        CHECK(catalogue.count() == 0);
    }
    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(ServiceCatalogue(database.connection()).count() == 0);
    CHECK(ServiceCatalogue(database.connection()).seedDefaultIfNeeded().added == 0);
}

TEST_CASE("Services are saved, found in any language, and refused without a name", "[catalogue]")
{
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    const int before = catalogue.count();

    Service nameless = sampleService();
    nameless.nameFi = QStringLiteral("  ");
    nameless.nameSv.clear();
    nameless.nameEn.clear();
    const StoreResult refused = catalogue.save(nameless);
    CHECK(refused.status == StoreResult::Status::Invalid);
    CHECK(refused.message == QStringLiteral("Give the service a name in at least one language."));
    CHECK(nameless.id == 0);
    CHECK(catalogue.count() == before);

    Service service = sampleService();
    REQUIRE(catalogue.save(service).ok());
    CHECK(service.id > 0);
    CHECK(service.partners == QStringList{QStringLiteral("parish"), QStringLiteral("Library")});
    CHECK(catalogue.load(service.id) == service);
    CHECK(catalogue.count() == before + 1);

    for (const QString &typed : {QStringLiteral("kielikahv"), QStringLiteral("SPRAKCAFE"),
                                 QStringLiteral("language caf")}) {
        INFO(typed.toStdString());
        const QList<Service> found = catalogue.search(typed);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == service.id);
    }
    CHECK(catalogue.search(QStringLiteral("vänverksamhet")).size() == 1);
    CHECK(catalogue.search(QStringLiteral("100%_")).isEmpty());

    // A stale copy is refused and the stored one stays.
    Service stale = service;
    service.nameEn = QStringLiteral("Language café (Tuesdays)");
    REQUIRE(catalogue.save(service).ok());
    stale.nameEn = QStringLiteral("Overwritten");
    CHECK(catalogue.save(stale).status == StoreResult::Status::Conflict);
    CHECK(catalogue.load(service.id)->nameEn == QStringLiteral("Language café (Tuesdays)"));
}

TEST_CASE("A service in use cannot be deleted, only made inactive, and plans keep their text",
          "[catalogue]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    Service service = sampleService();
    REQUIRE(catalogue.save(service).ok());
    const qint64 planId = planUsing(db.connection(), service.id, QStringLiteral("Language café"));
    CHECK(catalogue.usageCount(service.id) == 1);

    const StoreResult refused = catalogue.remove(service.id);
    CHECK(refused.status == StoreResult::Status::InUse);
    CHECK(refused.message.contains(QStringLiteral("cannot be deleted")));
    CHECK(refused.message.contains(QStringLiteral("inactive")));
    CHECK(catalogue.load(service.id) == service);

    REQUIRE(catalogue.setActive(service.id, false).ok());
    CHECK_FALSE(catalogue.load(service.id)->active);
    CHECK(catalogue.list(true).size() == catalogue.list().size() - 1);
    CHECK(catalogue.suggestions(QStringLiteral("language caf"), QStringLiteral("en")).isEmpty());

    const Result<Plan> plan = PlanStore(db.connection()).load(planId);
    REQUIRE(plan);
    REQUIRE(plan->subGoals.size() == 1);
    CHECK(plan->subGoals.first().measure == QStringLiteral("Language café"));
    CHECK(plan->subGoals.first().serviceId == service.id);
    CHECK(plan->subGoals.first().responsible == QStringLiteral("Third sector"));

    // Renaming the service later does not rewrite what a plan says.
    Service renamed = *catalogue.load(service.id);
    renamed.nameEn = QStringLiteral("Conversation club");
    REQUIRE(catalogue.save(renamed).ok());
    CHECK(PlanStore(db.connection()).load(planId)->subGoals.first().measure ==
          QStringLiteral("Language café"));

    REQUIRE(catalogue.setActive(service.id, true).ok());
    CHECK(catalogue.suggestions(QStringLiteral("conversation"), QStringLiteral("en")).size() == 1);
    CHECK(catalogue.remove(999999).status == StoreResult::Status::NotFound);
}

TEST_CASE("An unused service is deleted", "[catalogue]")
{
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    Service service = sampleService();
    REQUIRE(catalogue.save(service).ok());
    const int before = catalogue.count();
    REQUIRE(catalogue.remove(service.id).ok());
    CHECK_FALSE(catalogue.load(service.id));
    CHECK(catalogue.count() == before - 1);
}

TEST_CASE("Suggestions list active services with their responsible party, best match first",
          "[catalogue]")
{
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    const QList<ServiceSuggestion> finnish =
        catalogue.suggestions(QStringLiteral("ohjaus"), QStringLiteral("fi"));
    REQUIRE(finnish.size() >= 2);
    CHECK(finnish.first().name == QStringLiteral("Ohjaus ja neuvonta"));
    CHECK(finnish.first().responsible == QStringLiteral("Municipality"));
    for (const ServiceSuggestion &suggestion : finnish) {
        CHECK(suggestion.serviceId > 0);
        CHECK(catalogue.load(suggestion.serviceId)->name(QStringLiteral("fi")) == suggestion.name);
    }
    const QList<ServiceSuggestion> swedish =
        catalogue.suggestions(QStringLiteral("boende"), QStringLiteral("sv"));
    REQUIRE(swedish.size() == 1);
    CHECK(swedish.first().name == QStringLiteral("Boenderådgivning"));
    CHECK(catalogue.suggestions(QStringLiteral("no such service"), QStringLiteral("en")).isEmpty());
}

TEST_CASE("The catalogue and suggestion models pass the model tester", "[catalogue][model]")
{
    FixedClock clock(fixedToday);
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    Service service = sampleService();
    REQUIRE(catalogue.save(service).ok());
    planUsing(db.connection(), service.id, QStringLiteral("Language café"));
    REQUIRE(catalogue.setActive(service.id, false).ok());

    ServiceCatalogueModel model(db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLanguage(QStringLiteral("sv"));
    CHECK(model.rowCount() == catalogue.count());
    const int row = model.rowOfService(service.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, ServiceCatalogueModel::Name).data().toString() ==
          QStringLiteral("Språkcafé"));
    CHECK(model.index(row, ServiceCatalogueModel::Responsible).data().toString() ==
          QStringLiteral("Third sector (civic organisations)"));
    CHECK(model.index(row, ServiceCatalogueModel::Partners).data().toString() ==
          QStringLiteral("Parish, Library"));
    CHECK(model.index(row, ServiceCatalogueModel::Active).data().toString() ==
          QStringLiteral("Inactive"));
    CHECK(model.index(row, ServiceCatalogueModel::InUse).data().toInt() == 1);
    CHECK(model.index(row, 0).data(ServiceCatalogueModel::ServiceIdRole).toLongLong() ==
          service.id);
    model.reload();

    ServiceSuggestionModel suggestions(db.connection());
    QAbstractItemModelTester suggestionTester(
        &suggestions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(suggestions.rowCount() == 0);
    suggestions.setFilterText(QStringLiteral("guid"));
    REQUIRE(suggestions.rowCount() >= 2);
    CHECK(suggestions.index(0, 0).data().toString() == QStringLiteral("Guidance and counselling"));
    CHECK(suggestions.index(0, 0).data(ServiceSuggestionModel::ResponsibleRole).toString() ==
          QStringLiteral("Municipality"));
    CHECK(suggestions.index(0, 0).data(ServiceSuggestionModel::ServiceIdRole).toLongLong() > 0);
    suggestions.setFilterText(QString());
    CHECK(suggestions.rowCount() == 0);
}

TEST_CASE("The programme document lists the active services, who is responsible and with whom",
          "[catalogue][document]")
{
    test::TempDatabase db;
    ServiceCatalogue catalogue(db.connection());
    Service inactive = sampleService();
    inactive.active = false;
    REQUIRE(catalogue.save(inactive).ok());
    const std::unique_ptr<QTextDocument> document =
        ProgrammeDocument(catalogue.list(),
                          {QStringLiteral("en"), QStringLiteral("Korsholm"), QDate(2026, 11, 23)})
            .build();
    const QString text = document->toPlainText();
    CHECK(text.contains(QStringLiteral("The integration programme of Korsholm")));
    CHECK(text.contains(QStringLiteral("23.11.2026")));
    CHECK(text.contains(QStringLiteral("Multilingual civic orientation")));
    CHECK(text.contains(QStringLiteral("Employment authority")));
    CHECK(text.contains(QStringLiteral("Wellbeing services county")));
    CHECK(text.contains(QStringLiteral("Number of integration plans per year")));
    CHECK_FALSE(text.contains(QStringLiteral("Language café")));

    const QString swedish =
        ProgrammeDocument(catalogue.list(), {QStringLiteral("sv"), {}, {}}).build()->toPlainText();
    CHECK(swedish.contains(QStringLiteral("Flerspråkig samhällsorientering")));
    CHECK(swedish.contains(QStringLiteral("Välfärdsområdet")));
    CHECK(swedish.contains(QStringLiteral("Integrationsprogrammet")));
    const QString finnish =
        ProgrammeDocument(catalogue.list(), {QStringLiteral("fi"), {}, {}}).build()->toPlainText();
    CHECK(finnish.contains(QStringLiteral("Monikielinen yhteiskuntaorientaatio")));
    CHECK(finnish.contains(QStringLiteral("Hyvinvointialue")));
    CHECK(finnish.contains(QStringLiteral("Työvoimaviranomainen")));
}

TEST_CASE("A version 1 database is upgraded: plans kept, catalogue seeded, one backup made",
          "[catalogue][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // Version 1 as the first release wrote it: its schema, a client, a plan with a sub-goal.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile schema(QStringLiteral(":/kotoplan/migrations/001_initial.sql"));
        REQUIRE(schema.open(QIODevice::ReadOnly));
        QSqlQuery query(db);
        for (const QString &statement : splitSqlScript(QString::fromUtf8(schema.readAll())))
            REQUIRE(query.exec(statement));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO client (id, name, search_key, date_of_birth, created_at, updated_at) "
            "VALUES (1, 'Old Client', 'old client', '1980-01-01', 'x', 'x')")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO plan (id, client_id, kind, drafted_on, created_at, updated_at) "
            "VALUES (1, 1, 'first', '2024-05-05', 'x', 'x')")));
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO plan_sub_goal (plan_id, position, sub_goal, measure) "
                           "VALUES (1, 0, 'Finnish', 'Evening course')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-fixture"));

    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    CHECK(ServiceCatalogue(database.connection()).count() > 0);
    const Result<Plan> plan = PlanStore(database.connection()).load(1);
    REQUIRE(plan);
    REQUIRE(plan->subGoals.size() == 1);
    CHECK(plan->subGoals.first().measure == QStringLiteral("Evening course"));
    CHECK(plan->subGoals.first().serviceId == 0);
    // One copy of the old version before the upgrade (the daily copy comes beside it).
    CHECK(QDir(dir.filePath(QStringLiteral("backups")))
              .entryList({QStringLiteral("*before-v*")}, QDir::Files)
              .size() == 1);
}

TEST_CASE("A version 6 catalogue gets its follow-up texts in three languages, own texts kept",
          "[catalogue][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6-fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &name :
             QDir(QStringLiteral(":/kotoplan/migrations")).entryList({QStringLiteral("*.sql")})) {
            if (name.left(3).toInt() > 6)
                continue;
            QFile schema(QStringLiteral(":/kotoplan/migrations/") + name);
            REQUIRE(schema.open(QIODevice::ReadOnly));
            for (const QString &statement : splitSqlScript(QString::fromUtf8(schema.readAll())))
                REQUIRE(query.exec(statement));
        }
        // Seeded by a Swedish-speaking officer, and one of the municipality's own.
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO service (id, name_en, follow_up, created_at, updated_at) VALUES "
            "(1, 'Guidance and counselling', 'Antal deltagare per år', 'x', 'x'), "
            "(2, 'Language café', 'Besökare per månad', 'x', 'x')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 6")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6-fixture"));

    Database database;
    REQUIRE(database.open(path).ok());
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    const ServiceCatalogue catalogue(database.connection());
    const std::optional<Service> seeded = catalogue.load(1);
    REQUIRE(seeded);
    CHECK(seeded->followUp(QStringLiteral("fi")) == QStringLiteral("Osallistujien määrä vuodessa"));
    CHECK(seeded->followUp(QStringLiteral("sv")) == QStringLiteral("Antal deltagare per år"));
    CHECK(seeded->followUp(QStringLiteral("en")) == QStringLiteral("Participants per year"));
    const std::optional<Service> own = catalogue.load(2);
    REQUIRE(own);
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")})
        CHECK(own->followUp(language) == QStringLiteral("Besökare per månad"));
}
