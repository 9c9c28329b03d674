// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Opens a plan in the editor offscreen, types into a field and waits to be killed.
#include "WidgetTestSupport.h"
#include "editor/PlanEditor.h"
#include "storage/Database.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QPlainTextEdit>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    kotoplan::Database database;
    if (!database.open(args.at(1)).ok())
        return 1;
    kotoplan::MainWindow window(database.connection());
    window.show();
    if (!window.workspace()->openPlan(args.at(2).toLongLong()))
        return 1;
    auto *field = window.editor()->findChild<QPlainTextEdit *>(QStringLiteral("lifeSituationEdit"));
    field->selectAll();
    kotoplan::test::typeText(field, args.at(3));
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
