// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Every database file Kotoplan opens for writing is readable by its owner alone, whoever made it.
#include "TestSupport.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("An existing database of mode 0644 is made 0600 when opened for writing",
          "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Database database;
        REQUIRE(database.open(path).ok());
        test::storeFullCase(database.connection());
    }
    const QFileDevice::Permissions open =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
        QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(path, open));
    REQUIRE(QFileInfo(path).permissions() & QFileDevice::ReadOther);

    Database database;
    const Database::OpenResult opened = database.open(path);
    REQUIRE(opened.ok());
    CHECK(opened.warning.isEmpty());
    const QFileDevice::Permissions now = QFileInfo(path).permissions();
    CHECK_FALSE(now & QFileDevice::ReadGroup);
    CHECK_FALSE(now & QFileDevice::ReadOther);
    CHECK(now & QFileDevice::ReadOwner);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            CHECK_FALSE(QFileInfo(path + suffix).permissions() & QFileDevice::ReadOther);
    }
}
