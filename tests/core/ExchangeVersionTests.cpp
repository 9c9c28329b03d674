// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The exchange format grows within major version 1: every version written so far imports, a
// newer minor version imports with its unknown keys left out and named, a newer major version
// is refused with a message that names it. The files are in tests/data/exchange/.
#include "TestSupport.h"

#include "exchange/PlanImport.h"
#include "exchange/PlanJson.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KOTOPLAN_SOURCE_DIR "/tests/data/exchange/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("A file of every format version written so far imports as a draft", "[exchange]")
{
    struct Version
    {
        const char *file;
        const char *version;
        MainGoal goal;
    };
    const QList<Version> versions = {
        {"plan-1.0.json", "1.0", MainGoal::WorkOrEntrepreneurship},
        {"plan-1.1.json", "1.1", MainGoal::Other},
        {"plan-1.2.json", "1.2", MainGoal::Other},
    };
    // The newest one is what this program writes today.
    REQUIRE(QString::fromLatin1(versions.last().version) == PlanJson::version().toString());
    for (const Version &version : versions) {
        INFO(version.file);
        test::TempDatabase db;
        const PlanImport::Result result =
            PlanImport::importFile(db.connection(), fixture(version.file));
        INFO(result.message.toStdString());
        for (const Problem &problem : result.problems)
            INFO(problem.field.toStdString() << ": " << problem.message.toStdString());
        REQUIRE(result.status == PlanImport::Result::Status::Imported);
        CHECK(result.message == PlanImport::tr("The plan was imported as a draft."));
        const Result<Plan> plan = PlanStore(db.connection()).load(result.planId);
        REQUIRE(plan);
        CHECK(plan->status == PlanStatus::Draft);
        CHECK(plan->mainGoal == version.goal);
        CHECK(plan->subGoals.size() == 2);
        // Since 1.2 a sub-goal may carry the date its service began.
        CHECK(plan->subGoals.value(0).startedOn ==
              (version.version == QByteArray("1.2") ? QDate(2025, 9, 1) : QDate()));
        CHECK(plan->participants.size() == 2);
        const Result<Client> client = ClientStore(db.connection()).load(result.clientId);
        REQUIRE(client);
        CHECK(client->name == QStringLiteral("Nguyễn Thị Hương"));
        CHECK(client->arrivedInFinland == YearMonth{2025, 3});
    }
}

TEST_CASE("A file of version 1.1 carries the outcomes of a review's sub-goals", "[exchange]")
{
    QFile file(fixture("plan-1.1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const PlanJson::Read read = PlanJson::read(QJsonDocument::fromJson(file.readAll()).object());
    REQUIRE(read.ok());
    CHECK(read.version == FormatVersion{1, 1});
    REQUIRE(read.plan.outcomes.size() == 2);
    CHECK(read.plan.outcomes.at(0) ==
          SubGoalOutcome{0, Outcome::Achieved, QStringLiteral("Passed A2 in June")});
    CHECK(read.plan.outcomes.at(1).outcome == Outcome::Partly);
}

TEST_CASE("A file of a newer minor version imports, its unknown keys left out and named",
          "[exchange]")
{
    test::TempDatabase db;
    const PlanImport::Result result =
        PlanImport::importFile(db.connection(), fixture("plan-1.7-newer-minor.json"));
    INFO(result.message.toStdString());
    REQUIRE(result.status == PlanImport::Result::Status::Imported);
    CHECK(result.message.contains(QStringLiteral("format 1.7")));
    CHECK(result.message.contains(QStringLiteral("plan.meetingRecord")));
    CHECK(result.message.contains(QStringLiteral("client.preferredName")));
    const Result<Plan> plan = PlanStore(db.connection()).load(result.planId);
    REQUIRE(plan);
    CHECK(plan->mainGoalText == QStringLiteral("A driving licence"));

    QFile file(fixture("plan-1.7-newer-minor.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const PlanJson::Read read = PlanJson::read(QJsonDocument::fromJson(file.readAll()).object());
    CHECK(read.ok());
    CHECK(Validation::fields(read.warnings) == QStringList{QStringLiteral("client.preferredName"),
                                                           QStringLiteral("plan.meetingRecord")});
}

TEST_CASE("A file of a newer major version is refused with a message that names it", "[exchange]")
{
    test::TempDatabase db;
    const QString before = test::databaseContent(db.connection());
    const PlanImport::Result result =
        PlanImport::importFile(db.connection(), fixture("plan-2.0-newer-major.json"));
    CHECK(result.status == PlanImport::Result::Status::Refused);
    CHECK(result.message.contains(QStringLiteral("(2.0)")));
    CHECK(result.message.contains(QStringLiteral("(1.2)")));
    CHECK(test::databaseContent(db.connection()) == before);
}

TEST_CASE("An unknown key in a file of this or an older version is still an error", "[exchange]")
{
    QFile file(fixture("plan-1.0.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject plan = document.value(QStringLiteral("plan")).toObject();
    plan.insert(QStringLiteral("socialSecurityNumber"), QStringLiteral("010190-123A"));
    document.insert(QStringLiteral("plan"), plan);
    const PlanJson::Read read = PlanJson::read(document);
    CHECK_FALSE(read.ok());
    CHECK(Validation::fields(read.problems).contains(QStringLiteral("plan.socialSecurityNumber")));
    CHECK(read.warnings.isEmpty());
}

TEST_CASE("Format versions read as major and minor", "[exchange]")
{
    CHECK(FormatVersion::fromJson(QJsonValue(1)) == FormatVersion{1, 0});
    CHECK(FormatVersion::fromJson(QJsonValue(QStringLiteral("1.12"))) == FormatVersion{1, 12});
    CHECK_FALSE(FormatVersion::fromJson(QJsonValue(1.5)));
    CHECK_FALSE(FormatVersion::fromJson(QJsonValue(QStringLiteral("1"))));
    CHECK_FALSE(FormatVersion::fromJson(QJsonValue(QStringLiteral("v1.1"))));
    CHECK_FALSE(FormatVersion::fromJson(QJsonValue()));
    CHECK(FormatVersion{1, 10} > FormatVersion{1, 9});
}
