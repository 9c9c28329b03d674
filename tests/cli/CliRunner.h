// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kotoplan::test {

// What a run of the kotoplan executable printed and returned.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

// The test's own environment with the C.UTF-8 locale, so that kotoplan speaks English.
QProcessEnvironment englishEnvironment();

// Runs the real kotoplan executable (KOTOPLAN_EXECUTABLE) with `arguments`, as a user would.
CliRun runKotoplan(const QStringList &arguments,
                   const QProcessEnvironment &environment = englishEnvironment());

} // namespace kotoplan::test
