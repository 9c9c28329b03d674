// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan-bench [runs]: timings at municipal scale, printed one a line.
#include "PrintBench.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Kotoplan"));
    const QStringList arguments = QCoreApplication::arguments();
    const int runs = arguments.size() > 1 ? qMax(1, arguments.at(1).toInt()) : 11;

    QTextStream out(stdout);
    bool ok = kotoplan::bench::printBench(out, runs);
    return ok ? 0 : 1;
}
