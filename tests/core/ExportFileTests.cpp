// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Exports never overwrite: every plan has names of its own, and an existing file or a symbolic
// link in the folder is refused, never replaced nor followed.
#include "TestSupport.h"
#include "exchange/PlanExport.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
PlanExport::Result exportTo(test::TempDatabase &db, qint64 planId, const QString &folder)
{
    PlanExport::Request request;
    request.planId = planId;
    request.folder = folder;
    request.officer = QStringLiteral("Liisa Virtanen");
    request.language = QStringLiteral("en");
    return PlanExport::run(db.connection(), request);
}
} // namespace

TEST_CASE("Two clients of the same name and plan date export into one folder side by side",
          "[exchange][export]")
{
    test::TempDatabase db;
    const Plan first = test::storeFullCase(db.connection());
    Client twin = test::fullClient();
    twin.dateOfBirth = twin.dateOfBirth.addYears(-1);
    REQUIRE(ClientStore(db.connection()).save(twin).ok());
    Plan second = test::fullPlan(twin.id);
    REQUIRE(PlanStore(db.connection()).save(second).ok());

    QTemporaryDir out;
    const PlanExport::Result a = exportTo(db, first.id, out.path());
    const PlanExport::Result b = exportTo(db, second.id, out.path());
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(QDir(out.path()).entryList(QDir::Files).size() == 4);
    CHECK(a.pdfPath != b.pdfPath);
    CHECK(QFileInfo(a.pdfPath).fileName().contains(QStringLiteral("2025-04-02")));
    CHECK(QFileInfo(a.pdfPath).fileName().contains(QString::number(first.id)));

    // The same plan again: its files are there, so nothing is replaced and the officer is told.
    const QByteArray before = test::fileBytes(a.pdfPath);
    const PlanExport::Result again = exportTo(db, first.id, out.path());
    CHECK_FALSE(again.ok);
    CHECK(again.message.contains(QStringLiteral("exists already")));
    CHECK(test::fileBytes(a.pdfPath) == before);
    CHECK(QDir(out.path()).entryList(QDir::Files).size() == 4);
}

TEST_CASE("A very long name loses letters, never the date, the kind or the id",
          "[exchange][export]")
{
    test::TempDatabase db;
    Client client = test::fullClient();
    client.name = QString(150, QChar(0x00E4)); // ä, two bytes each: 300 bytes
    REQUIRE(ClientStore(db.connection()).save(client).ok());
    Plan plan = test::fullPlan(client.id);
    REQUIRE(PlanStore(db.connection()).save(plan).ok());
    QTemporaryDir out;
    const PlanExport::Result result = exportTo(db, plan.id, out.path());
    REQUIRE(result.ok);
    const QString name = QFileInfo(result.pdfPath).fileName();
    CHECK(name.toUtf8().size() <= 200);
    CHECK(name.endsWith(QStringLiteral("-2025-04-02-integration-plan-%1.pdf").arg(plan.id)));
}

TEST_CASE("A symbolic link where the export would write is refused and not followed",
          "[exchange][export][sqlite]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    QTemporaryDir out;
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
    REQUIRE(test::writeFile(victim, QByteArrayLiteral("keep me")));
    // Learn the name the export takes, then put a link of that name in place.
    QTemporaryDir probe;
    const PlanExport::Result named = exportTo(db, plan.id, probe.path());
    REQUIRE(named.ok);
    const QString link = out.filePath(QFileInfo(named.pdfPath).fileName());
    REQUIRE(QFile::link(victim, link));
    const QString dangling = out.filePath(QFileInfo(named.jsonPath).fileName());

    const PlanExport::Result result = exportTo(db, plan.id, out.path());
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("exists already")));
    CHECK(test::fileBytes(victim) == QByteArrayLiteral("keep me"));
    CHECK(QFileInfo(link).isSymLink());
    CHECK_FALSE(QFileInfo::exists(dangling));

    // A dangling link is refused too: writing through it would create its target.
    REQUIRE(QFile::remove(link));
    const QString target = elsewhere.filePath(QStringLiteral("created.json"));
    REQUIRE(QFile::link(target, dangling));
    CHECK_FALSE(exportTo(db, plan.id, out.path()).ok);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(link)); // the PDF of the refused pair is not left behind
}
