// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan-bench [--clients N] [--seed S] [--runs R] [--json FILE] [--keep DIR [--reuse]]:
// the program's jobs at municipal scale against their floors, as one table and as JSON.
#include "DataBench.h"
#include "Report.h"
#include "WidgetBench.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kotoplan;
using namespace kotoplan::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KotoplanBench"));
    QCoreApplication::setApplicationName(QStringLiteral("KotoplanBench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients to generate (10000)."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generator (2026)."),
                                        QStringLiteral("S"), QStringLiteral("2026"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each job (11)."),
                                        QStringLiteral("R"), QStringLiteral("11"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Where to write the table as JSON."),
        QStringLiteral("FILE"), QStringLiteral(KOTOPLAN_BINARY_DIR "/bench.json"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep the generated database in DIR (otherwise a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("With --keep: use the database kept by an earlier run of the same size, "
                       "instead of generating it again."));
    parser.addOptions({clientsOption, seedOption, runsOption, jsonOption, keepOption, reuseOption});
    parser.process(app);

    QTextStream out(stdout);
    DataSet data;
    data.clients = qMax(1, parser.value(clientsOption).toInt());
    data.runs = qMax(1, parser.value(runsOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();
    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    data.path =
        QDir(folder).filePath(QStringLiteral("bench-%1-seed%2.sqlite").arg(data.clients).arg(seed));
    const bool reuse =
        parser.isSet(keepOption) && parser.isSet(reuseOption) && QFileInfo::exists(data.path);
    if (!reuse) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(data.path + suffix);
    }

    Database database;
    if (!database.open(data.path).ok()) {
        out << "bench: cannot create " << data.path << Qt::endl;
        return 1;
    }
    QElapsedTimer generation;
    generation.start();
    DemoData::Result generated;
    if (reuse) {
        generated.clients = ClientStore(database.connection()).count();
        generated.plans = PlanStore(database.connection()).count();
    } else {
        generated = DemoData::generate(database.connection(), data.clients, seed);
    }
    if (!generated.error.isEmpty()) {
        out << "bench: generating the data failed: " << generated.error << Qt::endl;
        return 1;
    }
    data.plans = generated.plans;
    const qint64 generationMs = reuse ? 0 : generation.elapsed();
    // Checkpointed, so the file's size is the database's.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << (reuse ? "Reused " : "Generated ") << generated.clients << " clients with "
        << generated.plans << " plans (seed " << seed << ") in " << generationMs / 1000.0 << " s, "
        << QFileInfo(data.path).size() / (1024 * 1024) << " MiB; " << data.runs
        << " runs of each job." << Qt::endl;
    if (!choosePlans(data, database.connection())) {
        out << "bench: no plans to work on" << Qt::endl;
        return 1;
    }

    QList<bench::Result> results = dataBench(data, database.connection());
    results.append(widgetBench(data, database.connection()));
    database.close();
    results.append(startupBench(data, QStringLiteral(KOTOPLAN_EXECUTABLE)));

    printTable(out, results);
    const QJsonObject context = {{QStringLiteral("clients"), generated.clients},
                                 {QStringLiteral("plans"), generated.plans},
                                 {QStringLiteral("seed"), qint64(seed)},
                                 {QStringLiteral("runs"), data.runs},
                                 {QStringLiteral("generation_ms"), generationMs},
                                 {QStringLiteral("database_bytes"), QFileInfo(data.path).size()},
                                 {QStringLiteral("machine"), machineDescription()}};
    const QString json = parser.value(jsonOption);
    if (!writeJson(json, results, context)) {
        out << "bench: cannot write " << json << Qt::endl;
        return 1;
    }
    out << "Written to " << json << Qt::endl;
    return 0;
}
