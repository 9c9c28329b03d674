// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs core tests on a QGuiApplication (documents need fonts), without a screen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary outside ctest's environment: set the platform here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KotoplanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("KotoplanTests"));
    return Catch::Session().run(argc, argv);
}
