// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include "storage/PostgresUrl.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <catch2/catch.hpp>

namespace kotoplan::test {

namespace {

QAtomicInt databaseCounter;

QSqlDatabase serverConnection()
{
    const QString name = QStringLiteral("kotoplan-test-server");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QString error;
    const PostgresUrl url = PostgresUrl::parse(postgresServerUrl(), &error);
    if (!url.isValid())
        qFatal("KOTOPLAN_TEST_PG_URL is not a valid address: %s", qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    url.applyTo(db);
    if (!db.open())
        qFatal("The test server cannot be reached: %s", qPrintable(db.lastError().text()));
    return db;
}

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("KOTOPLAN_TEST_ENGINE") == QLatin1String("postgresql");
}

QString officerInLog(const QSqlDatabase &db, const QString &name)
{
    if (!onPostgres())
        return name;
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT session_user")) && query.next()
               ? query.value(0).toString()
               : QString();
}

QString postgresServerUrl()
{
    return qEnvironmentVariable("KOTOPLAN_TEST_PG_URL");
}

bool execOnServer(const QString &statement)
{
    QSqlQuery query(serverConnection());
    if (!query.exec(statement)) {
        qWarning("Test server statement failed: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

TempDatabase::TempDatabase()
    : m_database(std::make_unique<Database>())
{
    if (onPostgres()) {
        m_serverDatabase = QStringLiteral("kotoplan_test_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(databaseCounter.fetchAndAddRelaxed(1));
        if (!execOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase)))
            qFatal("The test database cannot be created on the server");
    }
    const Database::OpenResult opened = m_database->open(location());
    if (!opened.ok())
        qFatal("The test database cannot be opened: %s", qPrintable(opened.message));
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
    if (!m_serverDatabase.isEmpty())
        execOnServer(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TempDatabase::location() const
{
    if (m_serverDatabase.isEmpty())
        return path();
    QUrl url(postgresServerUrl());
    url.setPath(QLatin1Char('/') + m_serverDatabase);
    return url.toString();
}

QString databaseContent(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    query.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name")
                      : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() ORDER BY 1"));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    QString content;
    for (const QString &table : std::as_const(tables)) {
        content += table + QLatin1Char('\n');
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                content += query.value(i).toString() + QLatin1Char('|');
            content += QLatin1Char('\n');
        }
    }
    return content;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QList<ScriptSample> scriptSamples()
{
    return {
        {"Arabic", QStringLiteral("محمد عبد الله العلي")},
        {"Persian", QStringLiteral("زهرا احمدی")},
        {"Cyrillic", QStringLiteral("Олена Коваленко")},
        {"Ge'ez (Tigrinya)", QStringLiteral("ሰላም ተስፋይ")},
        {"Ge'ez (Amharic)", QStringLiteral("ዮናስ ገብረመድህን")},
        {"Somali", QStringLiteral("Faadumo Cabdi Maxamed")},
        {"Vietnamese", QStringLiteral("Nguyễn Thị Hương")},
        {"Chinese", QStringLiteral("王芳")},
        {"Latin with diacritics", QStringLiteral("Zsófia Kovács-Şahin")},
    };
}

Client fullClient()
{
    Client client;
    client.name = QStringLiteral("Nguyễn Thị Hương");
    client.dateOfBirth = QDate(1988, 2, 29);
    client.motherTongues = {QStringLiteral("vi"), QStringLiteral("zh")};
    client.citizenships = {QStringLiteral("VN")};
    client.contactLanguage = QStringLiteral("en");
    client.address = QStringLiteral("Esimerkkikatu 5 B 12");
    client.postalCode = QStringLiteral("65100");
    client.postOffice = QStringLiteral("VAASA");
    client.phone = QStringLiteral("+358401234567");
    client.email = QStringLiteral("huong@example.fi");
    client.arrivedInFinland = {2025, 3};
    client.firstPermitDate = QDate(2025, 2, 14);
    return client;
}

Plan fullPlan(qint64 clientId)
{
    Plan plan;
    plan.clientId = clientId;
    plan.kind = PlanKind::First;
    plan.participants = {{QStringLiteral("Liisa Virtanen"), QStringLiteral("Vaasan kaupunki")},
                         {QStringLiteral("Олена Коваленко"), QStringLiteral("Tulkkikeskus")}};
    plan.interpreterPresent = YesNo::Yes;
    plan.interpreterLanguage = QStringLiteral("vi");
    plan.interpretingMode = InterpretingMode::Phone;
    plan.draftedOn = QDate(2025, 4, 2);
    plan.lifeSituation = QStringLiteral("Family reunification; two children. محمد helps.");
    plan.futureWish = QStringLiteral("ሰላም: to work as a nurse in five years.");
    plan.mainGoal = MainGoal::WorkOrEntrepreneurship;
    plan.mainGoalDetails = QStringLiteral("Nursing studies first; 王芳 is the mentor.");
    plan.occupationPrimary = QStringLiteral("Practical nurse");
    plan.occupationAlternatives = QStringLiteral("Cook; bus driver");
    plan.languageStudyPlan = QStringLiteral("Integration training, then YKI test.");
    plan.otherStudyPlan = QStringLiteral("Upper secondary studies for adults.");
    plan.longTermMeasures = QStringLiteral("Family integration plan; civic organisation.");
    plan.subGoals = {{QStringLiteral("Finnish A2"), QStringLiteral("Integration training"), 0,
                      QStringLiteral("Employment authority"), QStringLiteral("Autumn 2025")},
                     {QStringLiteral("Knows the society"), QStringLiteral("Civic orientation"), 0,
                      QStringLiteral("Municipality"), QStringLiteral("Within 3 months")}};
    plan.rightsDiscussed = true;
    plan.clientUnderstood = true;
    plan.clientCommitments = QStringLiteral("Takes part in the courses.");
    plan.municipalityCommitments = QStringLiteral("Guides to services.");
    plan.nextMeeting = QDateTime(QDate(2025, 10, 2), QTime(9, 30));
    plan.nextMeetingPlace = QStringLiteral("Service point, room 2");
    return plan;
}

qint64 storeClient(QSqlDatabase db, const QString &name, QDate born)
{
    Client client;
    client.name = name;
    client.dateOfBirth = born;
    REQUIRE(ClientStore(db).save(client).ok());
    return client.id;
}

Plan storeFullCase(QSqlDatabase db)
{
    Client client = fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    Plan plan = fullPlan(client.id);
    REQUIRE(PlanStore(db).save(plan).ok());
    return plan;
}

Plan storeSignedCase(QSqlDatabase db, const std::function<void(Plan &)> &change)
{
    Client client = fullClient();
    REQUIRE(ClientStore(db).save(client).ok());
    PlanStore plans(db);
    Plan plan = fullPlan(client.id);
    if (change)
        change(plan);
    REQUIRE(plans.save(plan).ok());
    REQUIRE(plans.sign(plan.id, plan.draftedOn, QStringLiteral("Liisa Virtanen")).ok());
    return plan;
}

Plan storeFollowUpCase(QSqlDatabase db)
{
    return storeSignedCase(db, [](Plan &plan) {
        plan.draftedOn = QDate(2026, 5, 23);
        plan.nextMeeting = QDateTime(QDate(2026, 11, 30), QTime(13, 0));
    });
}

ReviewCase storeSignedPlanWithReviewDraft(QSqlDatabase db)
{
    const Plan first = storeSignedCase(db);
    const Result<Client> client = ClientStore(db).load(first.clientId);
    REQUIRE(client);
    return {first, *PlanStore(db).draftFor(*client, QDate(2025, 10, 2))};
}

Plan readPlan(const QString &location, qint64 id, Database::Mode mode)
{
    Database second;
    REQUIRE(second.open(location, mode).ok());
    return PlanStore(second.connection()).load(id).value_or(Plan{});
}

} // namespace kotoplan::test

std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << value.toStdString();
}

std::ostream &operator<<(std::ostream &os, const QDate &value)
{
    return os << value.toString(Qt::ISODate).toStdString();
}
