// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/PlanExport.h"
#include "exchange/PlanImport.h"
#include "exchange/PlanJson.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

ExchangeEnvelope envelope()
{
    return {QStringLiteral("Vaasan kaupunki"),
            QStringLiteral("Liisa Virtanen"),
            QStringLiteral("Pohjanmaan työvoimaviranomainen"),
            QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC),
            QStringLiteral("plan.pdf"),
            QString(64, QLatin1Char('a')),
            false};
}

QByteArray exported(const Client &client, const Plan &plan, const ExchangeEnvelope &env)
{
    return QJsonDocument(PlanJson::write(client, plan, env)).toJson();
}

// A small JSON Schema check: the keywords the plan schema uses, nothing more.
void validate(const QJsonValue &value, const QJsonObject &schema, const QString &path,
              QStringList *errors)
{
    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        errors->append(path + QStringLiteral(": not the constant"));
    if (schema.contains(QStringLiteral("enum")) &&
        !schema.value(QStringLiteral("enum")).toArray().contains(value))
        errors->append(path + QStringLiteral(": not in the enum"));
    if (schema.contains(QStringLiteral("type"))) {
        QStringList types;
        const QJsonValue type = schema.value(QStringLiteral("type"));
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        const bool integer = value.isDouble() && value.toDouble() == double(value.toInteger());
        const bool matches = (types.contains(QStringLiteral("string")) && value.isString()) ||
                             (types.contains(QStringLiteral("object")) && value.isObject()) ||
                             (types.contains(QStringLiteral("array")) && value.isArray()) ||
                             (types.contains(QStringLiteral("boolean")) && value.isBool()) ||
                             (types.contains(QStringLiteral("null")) && value.isNull()) ||
                             (types.contains(QStringLiteral("integer")) && integer);
        if (!matches)
            errors->append(path + QStringLiteral(": wrong type"));
    }
    if (value.isString() && schema.contains(QStringLiteral("pattern"))) {
        const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
        if (!pattern.match(value.toString()).hasMatch())
            errors->append(path + QStringLiteral(": does not match the pattern"));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString()))
                errors->append(path + QLatin1Char('.') + required.toString() +
                               QStringLiteral(": missing"));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(),
                         path + QLatin1Char('.') + it.key(), errors);
            else if (schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                errors->append(path + QLatin1Char('.') + it.key() +
                               QStringLiteral(": not allowed"));
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                     path + QStringLiteral("[%1]").arg(i), errors);
    }
}

QStringList schemaErrors(const QByteArray &json)
{
    QFile file(
        QStringLiteral(KOTOPLAN_SOURCE_DIR "/resources/exchange/kotoplan-plan-v1.schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    REQUIRE_FALSE(schema.isEmpty());
    QStringList errors;
    validate(QJsonDocument::fromJson(json).object(), schema, QStringLiteral("$"), &errors);
    return errors;
}

struct DatabaseBytes
{
    QByteArray main;
    QByteArray wal;
    bool operator==(const DatabaseBytes &) const = default;
};

// SQLite: the file byte for byte; a server: every row.
DatabaseBytes bytesOf(test::TempDatabase &db)
{
    if (test::onPostgres())
        return {test::databaseContent(db.connection()).toUtf8(), {}};
    return {test::fileBytes(db.path()), test::fileBytes(db.path() + QStringLiteral("-wal"))};
}

} // namespace

TEST_CASE("A plan written as JSON reads back the same", "[exchange]")
{
    const FixedClock clock(fixedToday);
    Client client = test::fullClient();
    Plan plan = test::fullPlan(0);
    plan.subGoals[1].serviceId = 7;
    ExchangeEnvelope env = envelope();
    env.withLifeSituation = true;
    const PlanJson::Read read = PlanJson::read(PlanJson::write(client, plan, env));
    INFO(Validation::fields(read.problems).join(QLatin1Char(' ')).toStdString());
    REQUIRE(read.ok());
    CHECK(read.client == client);
    CHECK(read.plan == plan);
    CHECK(read.envelope == env);
}

TEST_CASE("The exported JSON follows the schema and leaves out the life situation unless asked",
          "[exchange]")
{
    const Client client = test::fullClient();
    const Plan plan = test::fullPlan(0);
    const QByteArray without = exported(client, plan, envelope());
    CHECK(schemaErrors(without).isEmpty());
    CHECK_FALSE(QString::fromUtf8(without).contains(plan.lifeSituation));
    CHECK_FALSE(QJsonDocument::fromJson(without)[QStringLiteral("plan")].toObject().contains(
        QStringLiteral("lifeSituation")));

    ExchangeEnvelope env = envelope();
    env.withLifeSituation = true;
    const QByteArray with = exported(client, plan, env);
    CHECK(schemaErrors(with).isEmpty());
    CHECK(QJsonDocument::fromJson(with)[QStringLiteral("plan")][QStringLiteral("lifeSituation")]
              .toString() == plan.lifeSituation);

    Plan empty;
    empty.draftedOn = QDate(2026, 1, 5);
    CHECK(schemaErrors(exported(client, empty, envelope())).isEmpty());
}

TEST_CASE("Export, import into an empty database, export again: the same document", "[exchange]")
{
    const FixedClock clock(fixedToday);
    const Client client = test::fullClient();
    Plan plan = test::fullPlan(0);
    ExchangeEnvelope env = envelope();
    env.withLifeSituation = true;
    const QJsonObject first = PlanJson::write(client, plan, env);

    test::TempDatabase db;
    const PlanImport::Result result = PlanImport::importBytes(
        db.connection(), QJsonDocument(first).toJson(), QStringLiteral("x.json"));
    REQUIRE(result.ok());
    const Result<Client> storedClient = ClientStore(db.connection()).load(result.clientId);
    const Result<Plan> storedPlan = PlanStore(db.connection()).load(result.planId);
    REQUIRE(storedClient);
    REQUIRE(storedPlan);
    CHECK(storedPlan->status == PlanStatus::Draft);

    env.exportedAt = env.exportedAt.addSecs(3600);
    QJsonObject second = PlanJson::write(*storedClient, *storedPlan, env);
    CHECK(second.value(QStringLiteral("exportedAt")) != first.value(QStringLiteral("exportedAt")));
    second.insert(QStringLiteral("exportedAt"), first.value(QStringLiteral("exportedAt")));
    CHECK(second == first);
}

TEST_CASE("A signed plan comes in as a draft, and the same plan twice is reported, not duplicated",
          "[exchange]")
{
    const FixedClock clock(fixedToday);
    Plan plan = test::fullPlan(0);
    plan.status = PlanStatus::Signed;
    plan.signedOn = plan.draftedOn;
    plan.signedBy = QStringLiteral("Liisa Virtanen");
    const QByteArray json = exported(test::fullClient(), plan, envelope());

    test::TempDatabase db;
    const PlanImport::Result first =
        PlanImport::importBytes(db.connection(), json, QStringLiteral("a.json"));
    REQUIRE(first.ok());
    const Result<Plan> stored = PlanStore(db.connection()).load(first.planId);
    CHECK(stored->status == PlanStatus::Draft);
    CHECK_FALSE(stored->signedOn.isValid());

    const PlanImport::Result again =
        PlanImport::importBytes(db.connection(), json, QStringLiteral("a.json"));
    CHECK(again.status == PlanImport::Result::Status::Duplicate);
    CHECK(again.planId == first.planId);
    CHECK(again.message.contains(QStringLiteral("already")));
    CHECK(ClientStore(db.connection()).count() == 1);
    CHECK(PlanStore(db.connection()).count() == 1);

    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT direction, json_file FROM plan_exchange")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("import"));
    CHECK(query.value(1).toString() == QStringLiteral("a.json"));
    CHECK_FALSE(query.next());
}

TEST_CASE("A bad plan file is refused with a clear message and nothing is written", "[exchange]")
{
    const FixedClock clock(fixedToday);
    const QByteArray good = exported(test::fullClient(), test::fullPlan(0), envelope());
    const QJsonObject document = QJsonDocument::fromJson(good).object();
    const auto edited = [&document](const std::function<void(QJsonObject &)> &change) {
        QJsonObject copy = document;
        change(copy);
        return QJsonDocument(copy).toJson();
    };
    const auto setPlan = [](QJsonObject &doc, const QString &key, const QJsonValue &value) {
        QJsonObject plan = doc.value(QStringLiteral("plan")).toObject();
        plan.insert(key, value);
        doc.insert(QStringLiteral("plan"), plan);
    };

    struct BadFile
    {
        const char *what;
        QByteArray bytes;
        QString expected; // a word of the message the officer reads
    };
    QByteArray huge = good;
    huge.insert(huge.indexOf("\"receiver\""),
                "\"padding\": \"" + QByteArray(1100 * 1024, 'x') + "\",");
    QByteArray latin1 = good;
    latin1.replace("Liisa", "Li\xe4sa");
    QByteArray deep = good;
    deep.replace("\"goal\": \"Finnish A2\"", "\"goal\": {\"a\": [[{\"b\": 1}]]}");
    const QList<BadFile> files = {
        {"not JSON", QByteArrayLiteral("Dear officer,\nthis is a letter."), QStringLiteral("JSON")},
        {"empty", QByteArray(), QStringLiteral("empty")},
        {"not UTF-8", latin1, QStringLiteral("UTF-8")},
        {"truncated", good.left(good.size() / 2), QStringLiteral("cut short")},
        {"another format", edited([](QJsonObject &d) {
             d.insert(QStringLiteral("format"), QStringLiteral("invoice"));
         }),
         QStringLiteral("not a Kotoplan plan file")},
        {"a JSON list", QByteArrayLiteral("[1, 2, 3]"), QStringLiteral("not a Kotoplan plan file")},
        {"a newer version",
         edited([](QJsonObject &d) { d.insert(QStringLiteral("schemaVersion"), 2); }),
         QStringLiteral("newer format version")},
        {"a wrong type", edited([&setPlan](QJsonObject &d) {
             setPlan(d, QStringLiteral("rightsDiscussed"), QStringLiteral("yes"));
         }),
         QStringLiteral("errors")},
        {"an impossible date", edited([&setPlan](QJsonObject &d) {
             setPlan(d, QStringLiteral("draftedOn"), QStringLiteral("2025-02-30"));
         }),
         QStringLiteral("errors")},
        {"an unknown key", edited([&setPlan](QJsonObject &d) {
             setPlan(d, QStringLiteral("socialSecurityNumber"), QStringLiteral("010190-123A"));
         }),
         QStringLiteral("errors")},
        {"a birth in the future", edited([](QJsonObject &d) {
             QJsonObject client = d.value(QStringLiteral("client")).toObject();
             client.insert(QStringLiteral("dateOfBirth"), QStringLiteral("2030-01-01"));
             d.insert(QStringLiteral("client"), client);
         }),
         QStringLiteral("errors")},
        {"more than 1 MiB", huge, QStringLiteral("1 MiB")},
        {"nested too deep", deep, QStringLiteral("deeper")},
    };

    test::TempDatabase db;
    Client existing = test::fullClient();
    existing.name = QStringLiteral("Someone Else");
    REQUIRE(ClientStore(db.connection()).save(existing).ok());
    const DatabaseBytes before = bytesOf(db);
    for (const BadFile &file : files) {
        INFO(file.what);
        const PlanImport::Result result =
            PlanImport::importBytes(db.connection(), file.bytes, QStringLiteral("bad.json"));
        CHECK(result.status == PlanImport::Result::Status::Refused);
        CHECK(result.message.contains(file.expected));
        CHECK(bytesOf(db) == before);
    }
    CHECK(ClientStore(db.connection()).count() == 1);
}

TEST_CASE("A problem in the file names the value that is wrong", "[exchange]")
{
    QJsonObject document = PlanJson::write(test::fullClient(), test::fullPlan(0), envelope());
    QJsonObject plan = document.value(QStringLiteral("plan")).toObject();
    QJsonArray subGoals = plan.value(QStringLiteral("subGoals")).toArray();
    QJsonObject row = subGoals.at(1).toObject();
    row.insert(QStringLiteral("schedule"), 12);
    subGoals.replace(1, row);
    plan.insert(QStringLiteral("subGoals"), subGoals);
    document.insert(QStringLiteral("plan"), plan);
    const PlanJson::Read read = PlanJson::read(document);
    CHECK(Validation::fields(read.problems) ==
          QStringList{QStringLiteral("plan.subGoals[1].schedule")});
}

TEST_CASE("Nesting depth counts objects and lists, not brackets inside texts", "[exchange]")
{
    CHECK(PlanImport::nestingDepth(QByteArrayLiteral("{\"a\": [1, {\"b\": 2}]}")) == 3);
    CHECK(PlanImport::nestingDepth(QByteArrayLiteral("{\"a\": \"[[[{{{\\\"\"}")) == 1);
}

TEST_CASE("Export writes the PDF/A and the JSON side by side, fingerprinted and recorded",
          "[exchange][export]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    QTemporaryDir out;

    PlanExport::Request request;
    request.planId = plan.id;
    request.folder = out.path();
    request.receiver = QStringLiteral("Pohjanmaan työvoimaviranomainen");
    request.municipality = QStringLiteral("Vaasan kaupunki");
    request.officer = QStringLiteral("Liisa Virtanen");
    request.language = QStringLiteral("en");
    const PlanExport::Result result = PlanExport::run(db.connection(), request);
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(QFileInfo(result.pdfPath).baseName() == QFileInfo(result.jsonPath).baseName());
    CHECK(result.pdfPath.endsWith(QStringLiteral(".pdf")));
    CHECK(result.jsonPath.endsWith(QStringLiteral(".json")));
    for (const QString &path : {result.pdfPath, result.jsonPath})
        CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    const QByteArray pdf = test::fileBytes(result.pdfPath);
    CHECK(pdf.startsWith("%PDF-"));
    const QJsonObject json = QJsonDocument::fromJson(test::fileBytes(result.jsonPath)).object();
    CHECK(schemaErrors(test::fileBytes(result.jsonPath)).isEmpty());
    CHECK(json[QStringLiteral("pdf")][QStringLiteral("sha256")].toString() ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(json[QStringLiteral("pdf")][QStringLiteral("file")].toString() ==
          QFileInfo(result.pdfPath).fileName());
    CHECK(json[QStringLiteral("receiver")].toString() == request.receiver);
    CHECK_FALSE(json[QStringLiteral("plan")].toObject().contains(QStringLiteral("lifeSituation")));

    QSqlQuery query(db.connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT direction, receiver, pdf_sha256 FROM plan_exchange")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("export"));
    CHECK(query.value(1).toString() == request.receiver);
    CHECK(query.value(2).toString() == result.pdfSha256);
}

TEST_CASE("Export to a missing folder or of an unknown plan fails and writes nothing",
          "[exchange][export]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    QTemporaryDir out;

    PlanExport::Request request;
    request.planId = plan.id + 100;
    request.folder = out.path();
    PlanExport::Result result = PlanExport::run(db.connection(), request);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("no plan")));
    request.planId = plan.id;
    request.folder = out.filePath(QStringLiteral("no/such/folder"));
    result = PlanExport::run(db.connection(), request);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("does not exist")));
    CHECK(QDir(out.path()).entryList(QDir::Files).isEmpty());
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM plan_exchange")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("An export leaves one audit line with the plan and no content", "[exchange][export]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client client = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    QTemporaryDir out;
    PlanExport::Request request;
    request.planId = plan.id;
    request.folder = out.path();
    request.officer = QStringLiteral("Liisa Virtanen");
    REQUIRE(PlanExport::run(db.connection(), request).ok);
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT client_id, plan_id FROM audit_log WHERE action = "
                                      "'exported'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == client.id);
    CHECK(query.value(1).toLongLong() == plan.id);
    CHECK_FALSE(query.next());
}
