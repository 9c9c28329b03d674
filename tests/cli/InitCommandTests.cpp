// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan init on a database file: the command line's way to create a new database.
#include "CliRunner.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

test::CliRun run(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runKotoplan(arguments, environment);
}

} // namespace

TEST_CASE("init creates a new database file that the other commands then use", "[cli][init]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team/kotoplan.sqlite"));
    // Before init, a command that only reads says the file is missing.
    CHECK(run({QStringLiteral("list"), QStringLiteral("--database"), path}).exitCode == 1);

    const test::CliRun init = run({QStringLiteral("init"), QStringLiteral("--database"), path});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.trimmed() == QStringLiteral("%1 is ready: database version %2.")
                                    .arg(path)
                                    .arg(Database::latestSchemaVersion()));
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    const test::CliRun list = run({QStringLiteral("list"), QStringLiteral("--database"), path});
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());

    // Again: nothing to do, the same answer.
    CHECK(run({QStringLiteral("init"), QStringLiteral("--database"), path}).out == init.out);
}

TEST_CASE("init refuses roles for a file and leaves a foreign file untouched", "[cli][init]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kotoplan.sqlite"));
    const test::CliRun roles = run({QStringLiteral("init"), QStringLiteral("--database"), path,
                                    QStringLiteral("--officers"), QStringLiteral("team")});
    CHECK(roles.exitCode == 2);
    CHECK(roles.err.contains(QStringLiteral("a database file has no roles")));
    CHECK_FALSE(QFileInfo::exists(path));

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeFile(notes, "Meeting notes\n"));
    const test::CliRun foreign = run({QStringLiteral("init"), QStringLiteral("--database"), notes});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("is not a Kotoplan database")));
    CHECK(test::fileBytes(notes) == "Meeting notes\n");
}
