// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// What the test mains share: include it after <catch2/catch.hpp> with CATCH_CONFIG_RUNNER.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace kotoplan::test {

// Runs Catch on one `Application` (QGuiApplication or QApplication) for the whole run,
// offscreen unless told otherwise.
template<class Application> int runTests(int &argc, char *argv[])
{
    // Test discovery runs this binary outside ctest's environment: set the platform here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KotoplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("KotoplanTests"));
    // Settings of its own for each test process: ctest runs tests side by side, and one test's
    // officer name or language must not reach into another's.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // The PostgreSQL variant without a server is skipped, never passed.
    if (qEnvironmentVariable("KOTOPLAN_TEST_ENGINE") == QLatin1String("postgresql") &&
        qEnvironmentVariableIsEmpty("KOTOPLAN_TEST_PG_URL")) {
        std::fprintf(stderr, "Skipped: KOTOPLAN_TEST_PG_URL names no PostgreSQL server.\n");
        return 77; // skipExitCode in TestSupport.h: ctest shows the test as skipped
    }
    return Catch::Session().run(argc, argv);
}

} // namespace kotoplan::test
