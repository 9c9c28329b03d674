// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs the real kotoplan executable as a user would, and checks what it prints and returns.
#include "CliRunner.h"
#include "TestSupport.h"
#include "domain/SearchKey.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

using Run = test::CliRun;

// Offscreen, as the tests themselves run.
Run runKotoplan(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runKotoplan(arguments, environment);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("kotoplan --version prints the name and version", "[cli]")
{
    const Run run = runKotoplan({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("Kotoplan " KOTOPLAN_VERSION));
}

TEST_CASE("demo fills a new database that list and check then read", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                                  QStringLiteral("--clients"), QStringLiteral("30")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("30")));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));

    const Run list = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path});
    REQUIRE(list.exitCode == 0);
    const QStringList rows = lines(list.out);
    REQUIRE(rows.size() >= 30);
    QSet<QString> names;
    bool arabic = false, cyrillic = false, geez = false, review = false, signedPlan = false,
         draft = false;
    for (const QString &row : rows) {
        const QStringList columns = row.split(QLatin1Char('\t'));
        REQUIRE(columns.size() == 6);
        CHECK(columns.at(0).toLongLong() > 0);
        CHECK(QDate::fromString(columns.at(2), Qt::ISODate).isValid());
        CHECK(QDate::fromString(columns.at(3), Qt::ISODate).isValid());
        CHECK((columns.at(4) == QStringLiteral("first") ||
               columns.at(4) == QStringLiteral("review")));
        CHECK((columns.at(5) == QStringLiteral("draft") ||
               columns.at(5) == QStringLiteral("signed")));
        names.insert(columns.at(1));
        for (const QChar ch : columns.at(1)) {
            arabic = arabic || (ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF);
            cyrillic = cyrillic || (ch.unicode() >= 0x0400 && ch.unicode() <= 0x04FF);
            geez = geez || (ch.unicode() >= 0x1200 && ch.unicode() <= 0x137F);
        }
        review = review || columns.at(4) == QStringLiteral("review");
        signedPlan = signedPlan || columns.at(5) == QStringLiteral("signed");
        draft = draft || columns.at(5) == QStringLiteral("draft");
    }
    CHECK(names.size() >= 8);
    CHECK(arabic);
    CHECK(cyrillic);
    CHECK(geez);
    CHECK(review);
    CHECK(signedPlan);
    CHECK(draft);

    const Run check = runKotoplan({QStringLiteral("check"), QStringLiteral("--database"), path});
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(
        QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Clients: 30")));
    CHECK(check.out.contains(QStringLiteral("Plans: %1").arg(rows.size())));
}

TEST_CASE("list --search shows only the matching clients' plans", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path}).exitCode ==
            0);
    const Run all = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path});
    // The last part of a listed name, in lower case and in its own script.
    const QString name = lines(all.out).value(0).split(QLatin1Char('\t')).value(1);
    REQUIRE_FALSE(name.isEmpty());
    const QString part = name.split(QLatin1Char(' ')).last().toLower();
    const Run some = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path,
                                  QStringLiteral("--search"), part});
    REQUIRE(some.exitCode == 0);
    const QStringList rows = lines(some.out);
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.size() < lines(all.out).size());
    for (const QString &row : rows)
        CHECK(nameSearchKey(row.split(QLatin1Char('\t')).at(1)).contains(searchKey(part)));
    const Run none = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path,
                                  QStringLiteral("--search"), QStringLiteral("no such name")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
}

TEST_CASE("list --search andrii finds a client stored as Андрій, in his own script", "[cli]")
{
    test::TempDatabase db;
    Client andrii;
    andrii.name = QStringLiteral("Андрій Коваленко");
    andrii.dateOfBirth = QDate(1990, 5, 17);
    REQUIRE(ClientStore(db.connection()).save(andrii).ok());
    Plan plan = *PlanStore(db.connection()).draftFor(andrii, QDate(2025, 4, 2));
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    Client other;
    other.name = QStringLiteral("Andrea Rossi");
    other.dateOfBirth = QDate(1991, 1, 1);
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    Plan otherPlan = *PlanStore(db.connection()).draftFor(other, QDate(2025, 4, 2));
    REQUIRE(PlanStore(db.connection()).save(otherPlan).ok());

    for (const QString &typed : {QStringLiteral("andrii"), QStringLiteral("Andrij Koval"),
                                 QStringLiteral("kovalenko"), QStringLiteral("Андрій")}) {
        INFO(typed.toStdString());
        const Run found = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"),
                                       db.location(), QStringLiteral("--search"), typed});
        REQUIRE(found.exitCode == 0);
        const QStringList rows = lines(found.out);
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().split(QLatin1Char('\t')).value(1) == andrii.name);
    }
}

TEST_CASE("Bad usage exits with 2 and says what is wrong", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const QList<QStringList> bad = {
        {QStringLiteral("list")},
        {QStringLiteral("frobnicate"), QStringLiteral("--database"), path},
        {QStringLiteral("--no-such-option")},
        {QStringLiteral("--database")},
        {QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--clients"),
         QStringLiteral("many")},
        {QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--clients"),
         QStringLiteral("3")},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = runKotoplan(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.trimmed().isEmpty());
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A missing or foreign file is a clear failure with exit 1", "[cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("check")}) {
        const Run run = runKotoplan({command, QStringLiteral("--database"), missing});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    const QString foreign = dir.filePath(QStringLiteral("photo.sqlite"));
    const QByteArray bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\n not really a photo");
    REQUIRE(test::writeFile(foreign, bytes));
    const Run run = runKotoplan({QStringLiteral("check"), QStringLiteral("--database"), foreign});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a Kotoplan database")));
    CHECK(test::fileBytes(foreign) == bytes);
}

TEST_CASE("Messages follow the user's language", "[cli]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("fi_FI.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("fi_FI.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fi"));
    const Run run = test::runKotoplan({QStringLiteral("check"), QStringLiteral("--database"),
                                       dir.filePath(QStringLiteral("missing.sqlite"))},
                                      environment);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("ei ole olemassa")));
}

TEST_CASE("backup, check and restore: a copy now, its age, and the way back", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    const QStringList database = {QStringLiteral("--database"), path};
    REQUIRE(runKotoplan(QStringList{QStringLiteral("demo"), QStringLiteral("--clients"),
                                    QStringLiteral("10")} +
                        database)
                .exitCode == 0);

    // The first open of the day (this check) keeps a daily copy, and check reports it.
    const Run check = runKotoplan(QStringList{QStringLiteral("check")} + database);
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Newest backup: ")));
    CHECK(check.out.contains(QStringLiteral("cases-daily-")));
    CHECK(check.out.contains(QStringLiteral("(today)")));

    const Run backup = runKotoplan(QStringList{QStringLiteral("backup")} + database);
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("(10 clients, ")));
    const QStringList written =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("cases-manual-*")});
    REQUIRE(written.size() == 1);
    const QString copy = dir.filePath(QStringLiteral("backups/") + written.first());
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));

    REQUIRE(runKotoplan(QStringList{QStringLiteral("demo"), QStringLiteral("--clients"),
                                    QStringLiteral("5")} +
                        database)
                .exitCode == 0);
    CHECK(runKotoplan(QStringList{QStringLiteral("check")} + database)
              .out.contains(QStringLiteral("Clients: 15")));

    const Run restore = runKotoplan(
        QStringList{QStringLiteral("restore"), QStringLiteral("--backup"), copy} + database);
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("(10 clients, ")));
    const Run after = runKotoplan(QStringList{QStringLiteral("check")} + database);
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("Clients: 10")));
    CHECK(after.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(QDir(dir.filePath(QStringLiteral("backups")))
              .entryList({QStringLiteral("cases-before-restore-*")})
              .size() == 1);

    // A damaged database refuses check but restores from the copy.
    QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.size() > 3 * 4096);
    bytes.replace(2 * 4096, 4096, QByteArray(4096, '\0'));
    REQUIRE(test::writeFile(path, bytes));
    const Run damaged = runKotoplan(QStringList{QStringLiteral("check")} + database);
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("is damaged")));
    CHECK(runKotoplan(QStringList{QStringLiteral("restore"), QStringLiteral("--backup"), copy} +
                      database)
              .exitCode == 0);
    CHECK(runKotoplan(QStringList{QStringLiteral("check")} + database)
              .out.contains(QStringLiteral("Clients: 10")));
}

TEST_CASE("restore without --backup is a usage error", "[cli][backup]")
{
    QTemporaryDir dir;
    const Run run = runKotoplan({QStringLiteral("restore"), QStringLiteral("--database"),
                                 dir.filePath(QStringLiteral("x.sqlite"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--backup")));
}

TEST_CASE("pdf writes the plan as PDF/A in the language asked for", "[cli][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                         QStringLiteral("--clients"), QStringLiteral("5")})
                .exitCode == 0);
    const QStringList columns =
        lines(runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path}).out)
            .first()
            .split(QLatin1Char('\t'));
    const QString planId = columns.at(0);
    const QString name = columns.at(1);

    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const Run run = runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                                 QStringLiteral("--plan"), planId, QStringLiteral("--lang"),
                                 QStringLiteral("sv"), QStringLiteral("--out"), pdf});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("plan.pdf")));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadGroup));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(
        content.contains(QStringLiteral("Integrationsplan för invandrare utanför arbetskraften")));
    CHECK(content.contains(QStringLiteral("Födelsedatum")));
    CHECK(content.contains(name.normalized(QString::NormalizationForm_KC)));
}

TEST_CASE("pdf refuses an unknown plan, a bad path and a bad language, leaving no file",
          "[cli][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                         QStringLiteral("--clients"), QStringLiteral("2")})
                .exitCode == 0);
    const QString planId =
        lines(runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path}).out)
            .first()
            .section(QLatin1Char('\t'), 0, 0);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));

    const Run unknown = runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                                     QStringLiteral("--plan"), QStringLiteral("987654"),
                                     QStringLiteral("--out"), pdf});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no plan with the id 987654")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    const QString unwritable = QStringLiteral("/proc/kotoplan-cli-test.pdf");
    const Run refused =
        runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                     QStringLiteral("--plan"), planId, QStringLiteral("--out"), unwritable});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("kotoplan-cli-test.pdf")));
    CHECK_FALSE(QFileInfo::exists(unwritable));

    const QString missingFolder = dir.filePath(QStringLiteral("no/folder/plan.pdf"));
    const Run noFolder =
        runKotoplan({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                     QStringLiteral("--plan"), planId, QStringLiteral("--out"), missingFolder});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("plan.pdf")));

    const QList<QStringList> bad = {
        {QStringLiteral("pdf"), QStringLiteral("--database"), path, QStringLiteral("--plan"),
         planId, QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"), pdf},
        {QStringLiteral("pdf"), QStringLiteral("--database"), path, QStringLiteral("--plan"),
         planId},
        {QStringLiteral("pdf"), QStringLiteral("--database"), path, QStringLiteral("--plan"),
         QStringLiteral("first"), QStringLiteral("--out"), pdf},
        {QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--out"), pdf},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = runKotoplan(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.trimmed().isEmpty());
    }
    CHECK(QDir(dir.path())
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .filter(QStringLiteral(".pdf"))
              .isEmpty());
}

TEST_CASE("import takes in a plan file once and refuses a broken one", "[cli]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), target,
                         QStringLiteral("--clients"), QStringLiteral("2")})
                .exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(test::writeFile(
        file,
        QByteArrayLiteral(
            "{\"format\": \"kotoplan-integration-plan\", \"schemaVersion\": 1, "
            "\"exportedAt\": \"2026-11-20T10:00:00Z\", "
            "\"exportedBy\": {\"municipality\": \"Vaasa\", \"officer\": \"Liisa Virtanen\"}, "
            "\"receiver\": \"\", \"pdf\": {\"file\": \"\", \"sha256\": \"\"}, "
            "\"client\": {\"name\": \"Амина Юсуф\", \"dateOfBirth\": \"1990-05-17\", "
            "\"motherTongues\": [\"so\"], \"citizenships\": [\"SO\"], \"contactLanguage\": \"so\", "
            "\"address\": \"\", \"postalCode\": \"\", \"postOffice\": \"\", \"phone\": \"\", "
            "\"email\": \"\", \"arrivedInFinland\": null, \"firstPermitDate\": \"2025-01-10\"}, "
            "\"plan\": {\"kind\": \"first\", \"status\": \"signed\", \"signedOn\": \"2025-02-01\", "
            "\"signedBy\": \"Liisa Virtanen\", \"participants\": [], "
            "\"interpreter\": {\"present\": \"no\", \"language\": \"\", \"mode\": \"\"}, "
            "\"draftedOn\": \"2025-02-01\", \"firstPlanDate\": null, \"futureWish\": \"\", "
            "\"mainGoal\": \"literacy\", \"mainGoalText\": \"\", \"mainGoalDetails\": \"\", "
            "\"occupationPrimary\": \"\", \"occupationAlternatives\": \"\", "
            "\"languageStudyPlan\": \"\", \"otherStudyPlan\": \"\", \"longTermMeasures\": \"\", "
            "\"subGoals\": [{\"goal\": \"Reads\", \"measure\": \"Literacy teaching\", "
            "\"responsible\": \"Municipality\", \"schedule\": \"Spring\"}], "
            "\"rightsDiscussed\": true, \"clientUnderstood\": true, \"clientCommitments\": \"\", "
            "\"municipalityCommitments\": \"\", \"nextMeeting\": {\"at\": null, \"place\": "
            "\"\"}}}")));
    const Run imported =
        runKotoplan({QStringLiteral("import"), QStringLiteral("--database"), target, file});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported as a draft")));
    const Run list = runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), target,
                                  QStringLiteral("--search"), QStringLiteral("Амина")});
    REQUIRE(lines(list.out).size() == 1);
    CHECK(lines(list.out).first().endsWith(QStringLiteral("\t2025-02-01\tfirst\tdraft")));

    const Run again =
        runKotoplan({QStringLiteral("import"), QStringLiteral("--database"), target, file});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already in the database")));

    const QByteArray before = test::fileBytes(target);
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    REQUIRE(test::writeFile(broken, test::fileBytes(file).left(200)));
    const Run refused =
        runKotoplan({QStringLiteral("import"), QStringLiteral("--database"), target, broken});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not valid JSON")));
    CHECK(test::fileBytes(target) == before);

    CHECK(runKotoplan({QStringLiteral("import"), QStringLiteral("--database"), target}).exitCode ==
          2);
}

TEST_CASE("export writes the PDF and the JSON for the TE office", "[cli][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    REQUIRE(runKotoplan({QStringLiteral("demo"), QStringLiteral("--database"), path,
                         QStringLiteral("--clients"), QStringLiteral("3")})
                .exitCode == 0);
    const QString planId =
        lines(runKotoplan({QStringLiteral("list"), QStringLiteral("--database"), path}).out)
            .first()
            .section(QLatin1Char('\t'), 0, 0);
    const QString folder = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    const Run run = runKotoplan({QStringLiteral("export"), QStringLiteral("--database"), path,
                                 QStringLiteral("--plan"), planId, QStringLiteral("--out"), folder,
                                 QStringLiteral("--receiver"), QStringLiteral("TE-palvelut")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    CHECK(files.at(0).endsWith(QStringLiteral(".json")));
    CHECK(files.at(1).endsWith(QStringLiteral(".pdf")));
    CHECK(QFileInfo(files.at(0)).completeBaseName() == QFileInfo(files.at(1)).completeBaseName());

    CHECK(runKotoplan({QStringLiteral("export"), QStringLiteral("--database"), path,
                       QStringLiteral("--plan"), planId, QStringLiteral("--out"), folder,
                       QStringLiteral("--lang"), QStringLiteral("de")})
              .exitCode == 2);
    const Run missing = runKotoplan({QStringLiteral("export"), QStringLiteral("--database"), path,
                                     QStringLiteral("--plan"), planId, QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("nowhere"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}
