// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BackupActions.h"
#include "CaseListModel.h"
#include "CommandLine.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStatusBar>

#include <memory>

#include <sys/stat.h>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kotoplan"));
    QCoreApplication::setApplicationName(QStringLiteral("Kotoplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOTOPLAN_VERSION));
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runWindow(QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        kotoplan::CommandLine::tr("The database file or a postgresql:// address."),
        kotoplan::CommandLine::tr("path"));
    parser.addOption(databaseOption);
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        const QString message = parser.errorText().isEmpty()
                                    ? kotoplan::CommandLine::tr("Unknown command: %1")
                                          .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                                    : parser.errorText();
        fprintf(stderr, "%s\n", qUtf8Printable(message));
        return kotoplan::CommandLine::BadUsage;
    }
    // --database, else the setting (a file or a postgresql:// address), else the own file.
    const QString configured = QSettings().value(QStringLiteral("database/location")).toString();
    const QString path = parser.isSet(databaseOption)     ? parser.value(databaseOption)
                         : configured.trimmed().isEmpty() ? kotoplan::Database::defaultPath()
                                                          : configured.trimmed();
    kotoplan::Database database;
    const kotoplan::Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        fprintf(stderr, "%s\n", qUtf8Printable(opened.message));
        if (!kotoplan::BackupActions::offerLatestBackup(database, opened, nullptr)) {
            kotoplan::MessageBox::critical(nullptr, QApplication::applicationName(),
                                           opened.message);
            return kotoplan::CommandLine::Failure;
        }
    }
    kotoplan::MainWindow window(database.connection());
    if (database.isReadOnly())
        window.setReadOnly(database.readOnlyReason());
    kotoplan::BackupActions backupActions(database, &window);
    backupActions.addTo(window.fileMenu());
    QObject::connect(&backupActions, &kotoplan::BackupActions::databaseReplaced, window.caseModel(),
                     &kotoplan::CaseListModel::reload);
    if (!opened.warning.isEmpty())
        window.statusBar()->showMessage(opened.warning);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Every file the program writes holds personal data: readable by its owner alone.
    umask(S_IRWXG | S_IRWXO);
    const QStringList arguments = argumentList(argc, argv);
    if (kotoplan::CommandLine::isCommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (kotoplan::CommandLine::needsFonts(arguments)) {
            // Fonts need a QGuiApplication; a command needs no screen.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        kotoplan::translations::installUiLanguage(
            kotoplan::translations::languageFor(QLocale::system()));
        return kotoplan::CommandLine::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("kotoplan"));
    kotoplan::translations::installUiLanguage(
        kotoplan::translations::languageFor(QLocale::system()));
    return runWindow(app);
}
