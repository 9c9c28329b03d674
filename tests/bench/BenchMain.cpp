// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan-bench [--clients N] [--seed S] [--runs R] [--json FILE] [--keep DIR [--reuse]]
// [--database postgresql://…] [--only-search]: the program's jobs at municipal scale against their
// floors, on SQLite and (with --database) on PostgreSQL, one table each, side by side, and as JSON.
#include "DataBench.h"
#include "Replicate.h"
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
#include <QThread>

#include <optional>

using namespace kotoplan;
using namespace kotoplan::bench;

namespace {

// Generates (or reuses) the data set on one engine and times every job there; empty with a
// message on `out` when the database cannot be used.
std::optional<QList<bench::Result>> runEngine(DataSet &data, quint32 seed, bool reuse,
                                              QTextStream &out, QJsonObject *context)
{
    Database database;
    const Database::OpenResult opened = database.open(data.path);
    if (!opened.ok()) {
        out << "bench: " << data.engine << ": " << opened.message << Qt::endl;
        return std::nullopt;
    }
    const int existing = ClientStore(database.connection()).count();
    reuse = reuse && existing > 0;
    // A server's database is never filled on top of someone's data.
    if (data.shared && !reuse && existing > 0) {
        out << "bench: " << data.path << " holds clients already: give an empty database, or "
            << "--keep DIR --reuse to measure it as it is" << Qt::endl;
        return std::nullopt;
    }
    QElapsedTimer generation;
    generation.start();
    DemoData::Result generated;
    if (reuse) {
        generated.clients = existing;
        generated.plans = PlanStore(database.connection()).count();
    } else {
        generated = DemoData::generate(database.connection(), data.clients / data.copies, seed);
        if (generated.error.isEmpty() && data.copies > 1) {
            if (!replicate(database.connection(), data.copies, data.shared))
                generated.error = QStringLiteral("the copies could not be written");
            generated.clients = ClientStore(database.connection()).count();
            generated.plans = PlanStore(database.connection()).count();
        }
    }
    if (!generated.error.isEmpty()) {
        out << "bench: generating the data failed: " << generated.error << Qt::endl;
        return std::nullopt;
    }
    data.plans = generated.plans;
    const qint64 generationMs = reuse ? 0 : generation.elapsed();
    QSqlQuery query(database.connection());
    qint64 bytes = 0;
    if (data.shared) {
        // What the server's autovacuum would have done by the time officers search: the
        // statistics, and the visibility map without which an index-only scan reads the table's
        // rows after all (a bulk load leaves every page unmarked).
        // An autovacuum worker analysing the new rows holds a snapshot that keeps VACUUM from
        // marking their pages: wait for it (the client table's pages were then 29 of 3,084 all
        // visible, and "енко" read 38,439 rows for 100).
        for (int second = 0; second < 120; ++second) {
            if (query.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM pg_catalog.pg_stat_activity WHERE datname = "
                    "current_database() AND backend_type = 'autovacuum worker'")) &&
                query.next() && query.value(0).toInt() == 0)
                break;
            QThread::sleep(1);
        }
        query.exec(QStringLiteral("VACUUM ANALYZE"));
        if (query.exec(QStringLiteral("SELECT pg_database_size(current_database())")) &&
            query.next())
            bytes = query.value(0).toLongLong();
    } else {
        // Checkpointed, so the file's size is the database's.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytes = QFileInfo(data.path).size();
    }
    query.finish();
    out << data.engine << ": " << (reuse ? "reused " : "generated ") << generated.clients
        << " clients with " << generated.plans << " plans (seed " << seed << ", "
        << data.clients / data.copies << " generated, " << data.copies << " copies) in "
        << generationMs / 1000.0 << " s, " << bytes / (1024 * 1024) << " MiB; " << data.runs
        << " runs of each job." << Qt::endl;
    if (!choosePlans(data, database.connection())) {
        out << "bench: no plans to work on" << Qt::endl;
        return std::nullopt;
    }

    if (data.searchOnly) {
        const QList<bench::Result> results = searchBench(data, database.connection());
        database.close();
        return results;
    }
    QList<bench::Result> results = dataBench(data, database.connection());
    results.append(widgetBench(data, database.connection()));
    database.close();
    results.append(startupBench(data, QStringLiteral(KOTOPLAN_EXECUTABLE)));
    *context = {{QStringLiteral("engine"), data.engine},
                {QStringLiteral("clients"), generated.clients},
                {QStringLiteral("plans"), generated.plans},
                {QStringLiteral("seed"), qint64(seed)},
                {QStringLiteral("runs"), data.runs},
                {QStringLiteral("generation_ms"), generationMs},
                {QStringLiteral("database_bytes"), bytes},
                {QStringLiteral("machine"), machineDescription()}};
    return results;
}

} // namespace

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
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("An empty PostgreSQL database (postgresql://…) to measure beside SQLite."),
        QStringLiteral("URL"));
    const QCommandLineOption copiesOption(
        QStringLiteral("copies"),
        QStringLiteral("Generate clients/K clients and copy them K times over in SQL (1)."),
        QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption searchOnlyOption(
        QStringLiteral("only-search"),
        QStringLiteral("Measure the search keystrokes alone (to profile them)."));
    parser.addOptions({clientsOption, seedOption, runsOption, jsonOption, keepOption, reuseOption,
                       databaseOption, copiesOption, searchOnlyOption});
    parser.process(app);

    QTextStream out(stdout);
    DataSet sqlite;
    sqlite.engine = QStringLiteral("SQLite");
    sqlite.clients = qMax(1, parser.value(clientsOption).toInt());
    sqlite.runs = qMax(1, parser.value(runsOption).toInt());
    sqlite.copies = qBound(1, parser.value(copiesOption).toInt(), sqlite.clients);
    sqlite.searchOnly = parser.isSet(searchOnlyOption);
    const quint32 seed = parser.value(seedOption).toUInt();
    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    sqlite.path = QDir(folder).filePath(
        QStringLiteral("bench-%1-seed%2.sqlite").arg(sqlite.clients).arg(seed));
    const bool reuse = parser.isSet(keepOption) && parser.isSet(reuseOption);
    if (!reuse || !QFileInfo::exists(sqlite.path)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(sqlite.path + suffix);
    }
    QList<DataSet> engines = {sqlite};
    if (parser.isSet(databaseOption)) {
        DataSet server = sqlite;
        server.engine = QStringLiteral("PostgreSQL");
        server.path = parser.value(databaseOption);
        server.shared = true;
        engines.append(server);
    }

    QList<std::pair<QString, QList<bench::Result>>> measured;
    QJsonObject contexts;
    for (DataSet &data : engines) {
        QJsonObject context;
        const std::optional<QList<bench::Result>> results =
            runEngine(data, seed, reuse, out, &context);
        if (!results)
            return 1;
        out << Qt::endl << data.engine << ":" << Qt::endl;
        printTable(out, *results);
        out << Qt::endl;
        measured.append({data.engine, *results});
        contexts.insert(data.engine, context);
    }
    if (measured.size() > 1) {
        out << "Side by side:" << Qt::endl;
        printComparison(out, measured);
    }
    const QString json = parser.value(jsonOption);
    for (const auto &[engine, results] : std::as_const(measured)) {
        const QString file = engine == QLatin1String("SQLite")
                                 ? json
                                 : QString(json).replace(QStringLiteral(".json"),
                                                         QStringLiteral("-postgresql.json"));
        if (!writeJson(file, results, contexts.value(engine).toObject())) {
            out << "bench: cannot write " << file << Qt::endl;
            return 1;
        }
        out << "Written to " << file << Qt::endl;
    }
    return 0;
}
