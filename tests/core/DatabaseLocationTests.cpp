// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Where the window's database is: the setting, what it resolves to, what may be stored, and the
// Settings dialog's Test connection. Tests tagged [server] need the test server.
#include "TestSupport.h"
#include "settings/DatabaseLocation.h"
#include "settings/OfficerSettings.h"
#include "storage/Database.h"
#include "stores/AuditLog.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace kotoplan;

namespace {

// Leaves the setting as it found it.
class SettingGuard
{
public:
    SettingGuard() { QSettings().remove(QStringLiteral("database/location")); }
    ~SettingGuard() { QSettings().remove(QStringLiteral("database/location")); }
};

} // namespace

TEST_CASE("The database location: none set is the own file, a path or an address as stored",
          "[location]")
{
    const SettingGuard guard;
    CHECK(DatabaseLocation::configured().isEmpty());
    CHECK(DatabaseLocation::resolve(DatabaseLocation::configured()) == Database::defaultPath());

    DatabaseLocation::setConfigured(QStringLiteral("  /srv/kotoplan/team.sqlite "));
    CHECK(QSettings().value(QStringLiteral("database/location")).toString() ==
          QStringLiteral("/srv/kotoplan/team.sqlite"));
    CHECK(DatabaseLocation::resolve(DatabaseLocation::configured()) ==
          QStringLiteral("/srv/kotoplan/team.sqlite"));
    CHECK_FALSE(DatabaseLocation::isServer(DatabaseLocation::configured()));

    const QString address =
        QStringLiteral("postgresql://liisa@db.vaasa.fi/kotoplan?sslmode=require");
    DatabaseLocation::setConfigured(address);
    CHECK(DatabaseLocation::configured() == address);
    CHECK(DatabaseLocation::isServer(DatabaseLocation::configured()));

    // Empty again: the setting goes, the own file comes back.
    DatabaseLocation::setConfigured(QStringLiteral("   "));
    CHECK_FALSE(QSettings().contains(QStringLiteral("database/location")));
    CHECK(DatabaseLocation::resolve(DatabaseLocation::configured()) == Database::defaultPath());
}

TEST_CASE("Two locations name the same database when their files or addresses are the same",
          "[location]")
{
    CHECK(DatabaseLocation::sameDatabase(QString(), Database::defaultPath()));
    CHECK(DatabaseLocation::sameDatabase(QStringLiteral("/srv/a/../team.sqlite"),
                                         QStringLiteral(" /srv/team.sqlite")));
    CHECK_FALSE(DatabaseLocation::sameDatabase(QStringLiteral("/srv/team.sqlite"), QString()));
    CHECK(DatabaseLocation::sameDatabase(QStringLiteral("postgresql://liisa@db/kotoplan"),
                                         QStringLiteral("postgresql://liisa@db/kotoplan ")));
    CHECK_FALSE(DatabaseLocation::sameDatabase(QStringLiteral("postgresql://liisa@db/kotoplan"),
                                               QStringLiteral("postgresql://matti@db/kotoplan")));
}

TEST_CASE("A location is checked before it is stored: addresses by PostgresUrl, files by path",
          "[location]")
{
    const QTemporaryDir dir;
    CHECK(DatabaseLocation::problem(QString()).isEmpty());
    CHECK(DatabaseLocation::problem(dir.filePath(QStringLiteral("team.sqlite"))).isEmpty());
    CHECK(DatabaseLocation::problem(
              QStringLiteral("postgresql://liisa@db.vaasa.fi:5432/kotoplan?sslmode=verify-full"))
              .isEmpty());

    // A password: PostgresUrl's own words, and the password is not repeated.
    const QString password =
        DatabaseLocation::problem(QStringLiteral("postgresql://liisa:secret@db/kotoplan"));
    CHECK(password.contains(QStringLiteral("contains a password")));
    CHECK(password.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(password.contains(QStringLiteral("secret")));
    CHECK(DatabaseLocation::problem(QStringLiteral("postgresql://liisa@db/"))
              .contains(QStringLiteral("names no database")));

    // Neither a path nor an address; not quoted back, it may hold a password.
    const QString other = DatabaseLocation::problem(QStringLiteral("mysql://root:hunter2@db/x"));
    CHECK(other ==
          QStringLiteral(
              "The database location is neither a file path nor a postgresql:// address."));
    CHECK(DatabaseLocation::problem(QStringLiteral("/srv/team\n.sqlite")) == other);

    // A relative path would depend on the folder the program starts in.
    CHECK(DatabaseLocation::problem(QStringLiteral("kotoplan.sqlite"))
              .startsWith(QStringLiteral("Give the database file's full path")));
    CHECK(DatabaseLocation::problem(QStringLiteral("~/kotoplan.sqlite"))
              .startsWith(QStringLiteral("Give the database file's full path")));
    const QString folder = DatabaseLocation::problem(dir.path());
    CHECK(folder.contains(QStringLiteral("is a folder")));
    CHECK(
        folder.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("kotoplan.sqlite")))));
}

TEST_CASE("Test connection: a Kotoplan file opens and says its version, and stays unchanged",
          "[location][sqlite]")
{
    test::TempDatabase db;
    const QString before = test::databaseContent(db.connection());
    const DatabaseLocation::TestResult result = DatabaseLocation::test(db.path());
    CHECK(result.ok);
    CHECK(result.message == QStringLiteral("%1 opens: a Kotoplan database of version %2.")
                                .arg(QDir::toNativeSeparators(db.path()))
                                .arg(Database::latestSchemaVersion()));
    CHECK(test::databaseContent(db.connection()) == before);
}

TEST_CASE("Test connection: a foreign file, a missing one, a closed folder, a bad address",
          "[location][sqlite]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeFile(text, "Meeting notes, not a database.\n"));
    DatabaseLocation::TestResult result = DatabaseLocation::test(text);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("is not a Kotoplan database")));
    CHECK(test::fileBytes(text) == "Meeting notes, not a database.\n");

    // A file not there yet is created when the officer switches to it, not by the test.
    const QString fresh = dir.filePath(QStringLiteral("new/team.sqlite"));
    result = DatabaseLocation::test(fresh);
    CHECK(result.ok);
    CHECK(result.message.contains(QStringLiteral("does not exist yet")));
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("new"))));

    const QString closed = dir.filePath(QStringLiteral("closed"));
    REQUIRE(QDir().mkdir(closed));
    REQUIRE(QFile::setPermissions(closed, QFile::ReadOwner | QFile::ExeOwner));
    result = DatabaseLocation::test(closed + QStringLiteral("/team.sqlite"));
    QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (QFileInfo(closed).isWritable()) {
        // root writes anywhere: nothing to check there.
    } else {
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(QStringLiteral("is not writable")));
    }

    result = DatabaseLocation::test(QStringLiteral("postgresql://liisa:secret@db/kotoplan"));
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(result.message.contains(QStringLiteral("secret")));
}

TEST_CASE("Test connection: an older Kotoplan file is named for its upgrade, not changed",
          "[location][sqlite]")
{
    QString path;
    QTemporaryDir dir;
    {
        test::TempDatabase db;
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 1"));
        db.database().close();
        path = dir.filePath(QStringLiteral("old.sqlite"));
        REQUIRE(QFile::copy(db.path(), path));
    }
    const QByteArray before = test::fileBytes(path);
    const DatabaseLocation::TestResult result = DatabaseLocation::test(path);
    CHECK(result.ok);
    CHECK(result.message.contains(QStringLiteral("a Kotoplan database of version 1")));
    CHECK(result.message.contains(
        QStringLiteral("upgrades it to version %1").arg(Database::latestSchemaVersion())));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("Test connection: an unreachable server says so", "[location]")
{
    const DatabaseLocation::TestResult result = DatabaseLocation::test(
        QStringLiteral("postgresql://liisa@127.0.0.1:1/kotoplan?connect_timeout=5"));
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("cannot be reached")));
}

TEST_CASE("Test connection on a server: the shared database's version, or no tables yet",
          "[location][server]")
{
    test::TempDatabase db;
    const QString before = test::databaseContent(db.connection());
    DatabaseLocation::TestResult result = DatabaseLocation::test(db.location());
    CHECK(result.ok);
    CHECK(result.message.contains(QStringLiteral("a Kotoplan database of version %1")
                                      .arg(Database::latestSchemaVersion(true))));
    CHECK(test::databaseContent(db.connection()) == before);

    // An empty database is not set up by a test, even for a role that could.
    const QString name =
        QStringLiteral("kotoplan_location_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(test::execOnServer(QStringLiteral("CREATE DATABASE %1").arg(name)));
    QUrl empty(test::postgresServerUrl());
    empty.setPath(QLatin1Char('/') + name);
    result = DatabaseLocation::test(empty.toString());
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("has no Kotoplan tables yet")));
    Database check;
    REQUIRE(check.open(empty.toString(), Database::Mode::ReadOnly).status ==
            Database::Status::NotSetUp);
    check.close();
    test::execOnServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}

TEST_CASE("The officer's name and organisation are stored trimmed, removed when empty",
          "[location]")
{
    officer::setName(QStringLiteral(" Liisa Virtanen "));
    officer::setOrganisation(QStringLiteral("Vaasan kaupunki"));
    CHECK(officer::name() == QStringLiteral("Liisa Virtanen"));
    CHECK(QSettings().value(QStringLiteral("officer/organisation")).toString() ==
          QStringLiteral("Vaasan kaupunki"));
    CHECK(AuditActor::fromSettings().officer == QStringLiteral("Liisa Virtanen"));
    officer::setName(QString());
    officer::setOrganisation(QStringLiteral("  "));
    CHECK_FALSE(QSettings().contains(QStringLiteral("officer/name")));
    CHECK_FALSE(QSettings().contains(QStringLiteral("officer/organisation")));
}
