// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A plan file from elsewhere is refused quickly and clearly when it breaks a rule of its format,
// and an import that goes through leaves its line in the audit log.
#include "TestSupport.h"
#include "domain/Clock.h"
#include "exchange/ImportRules.h"
#include "exchange/OutputText.h"
#include "exchange/PlanImport.h"
#include "exchange/PlanJson.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/ExchangeRegister.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <functional>

using namespace kotoplan;

namespace {

const QDate fixedToday(2026, 11, 23);

QJsonObject goodDocument()
{
    const ExchangeEnvelope envelope{QStringLiteral("Vaasan kaupunki"),
                                    QStringLiteral("Liisa Virtanen"),
                                    QStringLiteral("TE"),
                                    QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC),
                                    QStringLiteral("plan.pdf"),
                                    QString(64, QLatin1Char('a')),
                                    false};
    return PlanJson::write(test::fullClient(), test::fullPlan(0), envelope);
}

QByteArray edited(const std::function<void(QJsonObject &client, QJsonObject &plan,
                                           QJsonObject &document)> &change)
{
    QJsonObject document = goodDocument();
    QJsonObject client = document.value(QStringLiteral("client")).toObject();
    QJsonObject plan = document.value(QStringLiteral("plan")).toObject();
    change(client, plan, document);
    document.insert(QStringLiteral("client"), client);
    document.insert(QStringLiteral("plan"), plan);
    return QJsonDocument(document).toJson();
}

QJsonArray copies(const QJsonValue &value, int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(value);
    return array;
}

} // namespace

TEST_CASE("An import refuses what breaks the format's rules and names the key and the rule",
          "[exchange][import]")
{
    const FixedClock clock(fixedToday);
    struct Bad
    {
        const char *what;
        QByteArray bytes;
        QString field; // the key the problem names
        QString rule;  // a word of the rule it states
    };
    const QJsonObject subGoal = goodDocument()
                                    .value(QStringLiteral("plan"))
                                    .toObject()
                                    .value(QStringLiteral("subGoals"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QByteArray duplicate = QJsonDocument(goodDocument()).toJson();
    duplicate.replace("\"name\": \"Nguyễn Thị Hương\"",
                      "\"name\": \"Nguyễn Thị Hương\", \"name\": \"Someone Else\"");
    const QList<Bad> files = {
        {"101 sub-goals", edited([&](QJsonObject &, QJsonObject &plan, QJsonObject &) {
             plan.insert(QStringLiteral("subGoals"), copies(subGoal, 101));
         }),
         QStringLiteral("plan.subGoals"), QStringLiteral("at most 100")},
        {"51 participants", edited([](QJsonObject &, QJsonObject &plan, QJsonObject &) {
             plan.insert(QStringLiteral("participants"),
                         copies(QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                            {QStringLiteral("organisation"), QString()}},
                                51));
         }),
         QStringLiteral("plan.participants"), QStringLiteral("at most 50")},
        {"a text of 20,001 characters", edited([](QJsonObject &, QJsonObject &plan, QJsonObject &) {
             plan.insert(QStringLiteral("futureWish"), QString(20001, QLatin1Char('x')));
         }),
         QStringLiteral("plan.futureWish"), QStringLiteral("at most 20000")},
        {"a required key missing", edited([](QJsonObject &client, QJsonObject &, QJsonObject &) {
             client.remove(QStringLiteral("phone"));
         }),
         QStringLiteral("client.phone"), QStringLiteral("requires")},
        {"a key twice", duplicate, QStringLiteral("client.name"), QStringLiteral("twice")},
        {"a loose meeting time", edited([](QJsonObject &, QJsonObject &plan, QJsonObject &) {
             plan.insert(QStringLiteral("nextMeeting"),
                         QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-01T9:00")},
                                     {QStringLiteral("place"), QString()}});
         }),
         QStringLiteral("plan.nextMeeting.at"), QStringLiteral("format")},
        {"a loose arrival month", edited([](QJsonObject &client, QJsonObject &, QJsonObject &) {
             client.insert(QStringLiteral("arrivedInFinland"), QStringLiteral("2025-3"));
         }),
         QStringLiteral("client.arrivedInFinland"), QStringLiteral("format")},
        {"a PDF fingerprint in capitals",
         edited([](QJsonObject &, QJsonObject &, QJsonObject &document) {
             document.insert(
                 QStringLiteral("pdf"),
                 QJsonObject{{QStringLiteral("file"), QStringLiteral("p.pdf")},
                             {QStringLiteral("sha256"), QString(64, QLatin1Char('A'))}});
         }),
         QStringLiteral("pdf.sha256"), QStringLiteral("format")},
        {"a name with a line break", edited([](QJsonObject &client, QJsonObject &, QJsonObject &) {
             client.insert(QStringLiteral("name"), QStringLiteral("Anna\n42\tForged\tline"));
         }),
         QStringLiteral("client.name"), QStringLiteral("control character U+000A")},
        {"a name with an escape sequence",
         edited([](QJsonObject &client, QJsonObject &, QJsonObject &) {
             client.insert(QStringLiteral("name"), QStringLiteral("Anna \x1b[2J"));
         }),
         QStringLiteral("client.name"), QStringLiteral("U+001B")},
        {"a right-to-left override", edited([](QJsonObject &client, QJsonObject &, QJsonObject &) {
             client.insert(QStringLiteral("name"), QStringLiteral("Anna \u202Efdp.exe"));
         }),
         QStringLiteral("client.name"), QStringLiteral("U+202E")},
        {"an escape in a multi-line text",
         edited([](QJsonObject &, QJsonObject &plan, QJsonObject &) {
             plan.insert(QStringLiteral("futureWish"), QStringLiteral("Work.\nThen \x07 more."));
         }),
         QStringLiteral("plan.futureWish"), QStringLiteral("U+0007")},
    };
    test::TempDatabase db;
    for (const Bad &file : files) {
        INFO(file.what);
        const PlanImport::Result result =
            PlanImport::importBytes(db.connection(), file.bytes, QStringLiteral("bad.json"));
        CHECK(result.status == PlanImport::Result::Status::Refused);
        bool named = false;
        for (const Problem &problem : result.problems) {
            if (problem.field == file.field && problem.message.contains(file.rule))
                named = true;
        }
        INFO(Validation::fields(result.problems).join(QLatin1Char(' ')).toStdString());
        CHECK(named);
    }
    CHECK(ClientStore(db.connection()).count() == 0);

    // Line breaks stay welcome where a field holds lines.
    const QByteArray lines = edited([](QJsonObject &, QJsonObject &plan, QJsonObject &) {
        plan.insert(QStringLiteral("futureWish"), QStringLiteral("Work.\nStudy.\r\nHome."));
    });
    CHECK(PlanImport::importBytes(db.connection(), lines, QStringLiteral("ok.json")).ok());
}

TEST_CASE("An import of a device, a pipe or a folder is refused at once", "[exchange][import]")
{
    test::TempDatabase db;
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        INFO(path.toStdString());
        QElapsedTimer timer;
        timer.start();
        const PlanImport::Result result = PlanImport::importFile(db.connection(), path);
        CHECK(timer.elapsed() < 1000);
        CHECK(result.status == PlanImport::Result::Status::Refused);
        CHECK(result.message.contains(QStringLiteral("not a regular file")));
    }
}

TEST_CASE("An import writes an imported line with the file's SHA-256 and the sender",
          "[exchange][import][audit]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    const QByteArray bytes = QJsonDocument(goodDocument()).toJson();
    const AuditActor officer{QStringLiteral("Aino Officer"), QStringLiteral("aino")};
    const PlanImport::Result result =
        PlanImport::importBytes(db.connection(), bytes, QStringLiteral("a.json"), officer);
    REQUIRE(result.ok());
    AuditFilter filter;
    filter.action = AuditAction::Imported;
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query(filter);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().planId == result.planId);
    CHECK(lines.first().clientId == result.clientId);
    CHECK(lines.first().detail.contains(sha256Hex(bytes)));
    CHECK(lines.first().detail.contains(QStringLiteral("Vaasan kaupunki")));
    if (!test::onPostgres()) // on a server the role is the officer
        CHECK(lines.first().actor == officer);
}

TEST_CASE("Terminal lines and CSV fields cannot be forged or turned into formulas", "[output]")
{
    CHECK(outputText::forTerminal(QStringLiteral("Anna\n42\tX\x1b[2J\u202E")) ==
          QStringLiteral("Anna\\u{000A}42\\u{0009}X\\u{001B}[2J\\u{202E}"));
    CHECK(outputText::forTerminal(QStringLiteral("Nguyễn Thị Hương")) ==
          QStringLiteral("Nguyễn Thị Hương"));
    CHECK(outputText::csvField(QStringLiteral("=HYPERLINK(\"x\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    for (const QString &formula :
         {QStringLiteral("+1+1"), QStringLiteral("-cmd"), QStringLiteral("@SUM(A1)")})
        CHECK(outputText::csvField(formula) == QLatin1Char('\'') + formula);
    CHECK(outputText::csvField(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(outputText::csvField(QStringLiteral("Anna")) == QStringLiteral("Anna"));
}

TEST_CASE("A known client is matched as search matches, and the file's details wait for the "
          "officer",
          "[exchange][import]")
{
    const FixedClock clock(fixedToday);
    test::TempDatabase db;
    Client stored = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(stored).ok());
    const QList<Service> catalogue = ServiceCatalogue(db.connection()).list();
    REQUIRE_FALSE(catalogue.isEmpty());

    // The same person typed elsewhere: other case, double spaces, decomposed accents; moved.
    const QByteArray bytes = edited([&](QJsonObject &client, QJsonObject &plan, QJsonObject &) {
        const QString retyped =
            QStringLiteral("  ") + stored.name.toUpper()
                                       .replace(QLatin1Char(' '), QStringLiteral("  "))
                                       .normalized(QString::NormalizationForm_D);
        client.insert(QStringLiteral("name"), retyped);
        client.insert(QStringLiteral("address"), QStringLiteral("Uusikatu 1"));
        client.insert(QStringLiteral("phone"), QStringLiteral("+358409999999"));
        QJsonArray subGoals = plan.value(QStringLiteral("subGoals")).toArray();
        QJsonObject known = subGoals.at(0).toObject();
        known.insert(QStringLiteral("measure"), catalogue.first().nameEn.toUpper());
        known.insert(QStringLiteral("serviceId"), 9999);
        QJsonObject foreign = subGoals.at(1).toObject();
        foreign.insert(QStringLiteral("measure"), QStringLiteral("Their own course"));
        foreign.insert(QStringLiteral("serviceId"), qint64(catalogue.first().id));
        subGoals.replace(0, known);
        subGoals.replace(1, foreign);
        plan.insert(QStringLiteral("subGoals"), subGoals);
    });
    const PlanImport::Result result =
        PlanImport::importBytes(db.connection(), bytes, QStringLiteral("moved.json"));
    REQUIRE(result.ok());
    CHECK(result.clientId == stored.id);
    CHECK(ClientStore(db.connection()).count() == 1);
    QStringList differing;
    for (const ClientDifference &difference : result.differences)
        differing.append(difference.key);
    CHECK(differing.contains(QStringLiteral("address")));
    CHECK(differing.contains(QStringLiteral("phone")));
    CHECK(ClientStore(db.connection()).load(stored.id)->address == stored.address);
    const Plan plan = *PlanStore(db.connection()).load(result.planId);
    CHECK(plan.subGoals.at(0).serviceId == catalogue.first().id);
    CHECK(plan.subGoals.at(1).serviceId == 0);
    CHECK(plan.subGoals.at(1).measure == QStringLiteral("Their own course"));

    // The officer takes the new address, and only that.
    const PlanImport::Result taken =
        PlanImport::importBytes(db.connection(), bytes, QStringLiteral("moved.json"),
                                AuditActor::fromSettings(), {QStringLiteral("address")});
    CHECK(taken.status == PlanImport::Result::Status::Duplicate);
    const Client now = *ClientStore(db.connection()).load(stored.id);
    CHECK(now.address == QStringLiteral("Uusikatu 1"));
    CHECK(now.phone == stored.phone);
    // The plan was there already: a "changed" line of the client names the fields taken.
    AuditFilter changed;
    changed.action = AuditAction::Changed;
    const QList<AuditEntry> lines = AuditLog(db.connection(), {}).query(changed);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().clientId == stored.id);
    CHECK(lines.first().detail.contains(sha256Hex(bytes)));
    CHECK(lines.first().detail.endsWith(QStringLiteral(" took=address")));
    CHECK(taken.message.contains(QStringLiteral("1 of the client's details were taken")));
}
