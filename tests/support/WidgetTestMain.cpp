// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Runs widget tests on one QApplication for the whole run, offscreen unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestMain.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    return kotoplan::test::runTests<QApplication>(argc, argv);
}
