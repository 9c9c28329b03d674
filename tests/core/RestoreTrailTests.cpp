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
#include "stores/ClientStore.h"

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
