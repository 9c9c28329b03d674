// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs core tests on a QGuiApplication (documents need fonts), without a screen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestMain.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    return kotoplan::test::runTests<QGuiApplication>(argc, argv);
}
