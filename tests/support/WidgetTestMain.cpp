// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs widget tests on one QApplication for the whole run, offscreen unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
        fprintf(stderr, "Skipped: KOTOPLAN_TEST_PG_URL names no PostgreSQL server.\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
