// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A restore keeps the trail: the audit lines written since the backup go on in the restored
// database, a restored line says what happened, and only a Kotoplan database with every
// protecting trigger is restored from.
#include "TestSupport.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/SchemaCheck.h"
#include "stores/AuditLog.h"
#include "stores/ClientErasure.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
const AuditActor officer{QStringLiteral("Liisa Virtanen"), QStringLiteral("lv")};

QStringList actions(const QSqlDatabase &db)
{
    QStringList keys;
    const QList<AuditEntry> lines = AuditLog(db, {}).query();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        keys.append(AuditLog::key(it->action));
    return keys;
}

int backupCount(const QString &folder)
{
    return int(QDir(folder + QStringLiteral("/backups")).entryList(QDir::Files).size());
}
} // namespace

TEST_CASE("A restore carries the audit lines since the backup and records itself",
          "[backup][audit][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    const Plan plan = test::storeFullCase(database.connection());
    const AuditLog audit(database.connection(), officer);
    REQUIRE(audit.append(AuditAction::Viewed, plan.clientId, plan.id));
    const Backups::Result backup =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    REQUIRE(audit.append(AuditAction::Signed, plan.clientId, plan.id));
    REQUIRE(audit.append(AuditAction::Exported, plan.clientId, plan.id));
    const QStringList before = actions(database.connection());

    const Backups::Result restored = Backups(path).restore(database, backup.path, officer);
    INFO(restored.message.toStdString());
    REQUIRE(restored.ok);
    const QStringList after = actions(database.connection());
    CHECK(after.mid(0, before.size()) == before);
    CHECK(after.last() == QStringLiteral("restored"));
    const QList<AuditEntry> lines = AuditLog(database.connection(), {}).query();
    CHECK(lines.first().action == AuditAction::Restored);
    CHECK(lines.first().actor == officer);
    CHECK(lines.first().detail.contains(QFileInfo(backup.path).fileName()));
}

TEST_CASE("A foreign file or a backup without its triggers is refused before anything changes",
          "[backup][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    test::storeFullCase(database.connection());
    const Backups::Result good =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(good.ok);

    // Someone else's database with tables of the same names.
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE client (id INTEGER PRIMARY KEY)")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE plan (id INTEGER PRIMARY KEY)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));

    // A copy of a real backup whose protecting trigger was dropped.
    const QString stripped = dir.filePath(QStringLiteral("stripped.sqlite"));
    REQUIRE(QFile::copy(good.path, stripped));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        db.setDatabaseName(stripped);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));

    const int backupsBefore = backupCount(dir.path());
    const QString contentBefore = test::databaseContent(database.connection());
    const Backups::Result refusedForeign = Backups(path).restore(database, foreign, officer);
    CHECK_FALSE(refusedForeign.ok);
    CHECK(refusedForeign.message.contains(QStringLiteral("not a Kotoplan database")));
    CHECK(refusedForeign.message.contains(QStringLiteral("Nothing was changed")));
    const Backups::Result refusedStripped = Backups(path).restore(database, stripped, officer);
    CHECK_FALSE(refusedStripped.ok);
    CHECK(refusedStripped.message.contains(QStringLiteral("audit_log_no_delete")));
    // Nothing replaced, not even a copy of the current file made.
    CHECK(backupCount(dir.path()) == backupsBefore);
    CHECK(database.isOpen());
    CHECK(test::databaseContent(database.connection()) == contentBefore);

    // check's verification names the same missing trigger in an open database.
    CHECK(SchemaCheck::run(database.connection()).ok());
    REQUIRE(QSqlQuery(database.connection())
                .exec(QStringLiteral("DROP TRIGGER plan_signed_no_update")));
    const SchemaCheck::Result checked = SchemaCheck::run(database.connection());
    CHECK_FALSE(checked.ok());
    CHECK(checked.missingTriggers == QStringList{QStringLiteral("plan_signed_no_update")});
}

namespace {

// A copy of a backup kept outside the backups folder (a memory stick), which an erasure does
// not reach.
QString copyOutside(const QTemporaryDir &dir, const QString &backup)
{
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("stick")));
    const QString copy = dir.filePath(QStringLiteral("stick/cases-copy.sqlite"));
    REQUIRE(QFile::copy(backup, copy));
    return copy;
}

bool fileHolds(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes);
}

} // namespace

TEST_CASE("A restore erases again the clients that the carried trail records as erased",
          "[backup][audit][erasure][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    const Plan erased = test::storeFullCase(database.connection());
    Client other = test::fullClient();
    other.name = QStringLiteral("Amina Yusuf");
    REQUIRE(ClientStore(database.connection()).save(other).ok());
    const Backups::Result backup =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    const QString stick = copyOutside(dir, backup.path);
    const QByteArray name = test::fullClient().name.toUtf8();
    REQUIRE(fileHolds(stick, name));

    const StoreResult erasure =
        ClientErasure(database.connection(), AuditLog(database.connection(), officer))
            .eraseEverywhere(erased.clientId, ClientErasure::Scope::IncludingSignedPlans);
    REQUIRE(erasure.ok());
    REQUIRE_FALSE(ClientStore(database.connection()).load(erased.clientId));

    const Backups::Result restored = Backups(path).restore(database, stick, officer);
    INFO(restored.message.toStdString());
    REQUIRE(restored.ok);
    CHECK(restored.message.startsWith(
        QStringLiteral("1 client(s) erased since the backup was made were erased again.")));
    // The client is not back; the other client of the backup is.
    CHECK_FALSE(ClientStore(database.connection()).load(erased.clientId));
    CHECK(ClientStore(database.connection()).load(other.id));
    CHECK(PlanStore(database.connection()).count() == 0);
    // The erasure's line is still there, and the restored line names the erasure again.
    AuditFilter erasures;
    erasures.action = AuditAction::Erased;
    erasures.clientId = erased.clientId;
    CHECK(AuditLog(database.connection(), {}).query(erasures).size() >= 1);
    const QList<AuditEntry> lines = AuditLog(database.connection(), {}).query();
    REQUIRE(lines.first().action == AuditAction::Restored);
    CHECK(lines.first().detail.contains(
        QStringLiteral("erased-again=1 clients=%1").arg(erased.clientId)));
    // Nothing of the client is left in the file or its log.
    database.close();
    CHECK_FALSE(fileHolds(path, name));
    CHECK_FALSE(fileHolds(path + QStringLiteral("-wal"), name));
}

TEST_CASE("A restore that cannot erase a client again leaves the database as it was",
          "[backup][audit][erasure][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Database database;
    REQUIRE(database.open(path).ok());
    const Plan erased = test::storeFullCase(database.connection());
    const Backups::Result backup =
        Backups(path).write(database.connection(), QStringLiteral("manual"));
    REQUIRE(backup.ok);
    const QString stick = copyOutside(dir, backup.path);
    {
        // A copy where the client's row cannot be deleted: it passes the checks (every
        // protecting trigger is there), but the erasure again fails.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("k"));
        db.setDatabaseName(stick);
        REQUIRE(db.open());
        REQUIRE(
            QSqlQuery(db).exec(QStringLiteral("CREATE TRIGGER keep_client BEFORE DELETE ON client "
                                              "BEGIN SELECT RAISE(ABORT, 'kept'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("k"));
    REQUIRE(ClientErasure(database.connection(), AuditLog(database.connection(), officer))
                .erase(erased.clientId, ClientErasure::Scope::IncludingSignedPlans)
                .ok());
    const QString contentBefore = test::databaseContent(database.connection());

    const Backups::Result restored = Backups(path).restore(database, stick, officer);
    CHECK_FALSE(restored.ok);
    CHECK(restored.message.contains(QStringLiteral("The database is as it was before")));
    REQUIRE(database.isOpen());
    CHECK(test::databaseContent(database.connection()) == contentBefore);
    CHECK_FALSE(ClientStore(database.connection()).load(erased.clientId));
}
