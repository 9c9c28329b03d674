// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// An erasure reaches every copy: afterwards no file in the backups folder holds the client,
// byte for byte, while the other clients stay in the copies that were rewritten.
#include "TestSupport.h"
#include "storage/Backups.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("After an erasure no backup, pre-upgrade or damaged copy holds the client",
          "[erasure][backup][sqlite]")
{
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    Client other = test::fullClient();
    other.name = QStringLiteral("Olavi Toinen");
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    const Client client = *ClientStore(db.connection()).load(plan.clientId);
    Backups backups(db.path());
    const Backups::Result daily = backups.write(db.connection(), QStringLiteral("daily"));
    const Backups::Result manual = backups.write(db.connection(), QStringLiteral("manual"));
    REQUIRE(daily.ok);
    REQUIRE(manual.ok);
    // A copy from before an upgrade, of a schema that cannot erase one client.
    const Backups::Result old = backups.write(db.connection(), QStringLiteral("before-v5"));
    REQUIRE(old.ok);
    {
        QSqlDatabase copy =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-copy"));
        copy.setDatabaseName(old.path);
        REQUIRE(copy.open());
        REQUIRE(QSqlQuery(copy).exec(QStringLiteral("DROP TABLE erasure_in_progress")));
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-copy"));
    // A damaged file kept for inspection, and its log.
    const QString damaged =
        QDir(backups.folder()).filePath(QStringLiteral("test-damaged-20261123-100000.damaged"));
    REQUIRE(test::writeFile(damaged, QByteArray(4096, 0) + client.name.toUtf8()));
    REQUIRE(test::writeFile(damaged + QStringLiteral("-wal"), client.name.toUtf8()));

    const StoreResult result =
        ClientErasure(db.connection(),
                      AuditLog(db.connection(), {QStringLiteral("Liisa"), QStringLiteral("lv")}))
            .eraseEverywhere(client.id, ClientErasure::Scope::IncludingSignedPlans);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.message.contains(QStringLiteral("2 backup copy(ies) were rewritten")));
    CHECK(result.message.contains(QStringLiteral("3 copy(ies) that could not be rewritten")));

    const QDir folder(backups.folder());
    const QStringList left = folder.entryList(QDir::Files | QDir::Hidden);
    CHECK(left.size() == 2);
    for (const QString &name : left) {
        INFO(name.toStdString());
        const QByteArray bytes = test::fileBytes(folder.filePath(name));
        CHECK_FALSE(bytes.contains(client.name.toUtf8()));
        CHECK_FALSE(bytes.contains(test::fullPlan(0).futureWish.toUtf8()));
        CHECK(bytes.contains(other.name.toUtf8()));
        CHECK(Backups::inspect(folder.filePath(name)).clients == 1);
    }
}
