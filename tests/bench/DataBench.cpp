// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DataBench.h"

#include "domain/Clock.h"
#include "exchange/PlanJson.h"
#include "models/CaseListModel.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kotoplan::bench {

namespace {

// Reads every value of every row, as a program must at the least to show them.
qint64 readAll(QSqlQuery &query)
{
    qint64 values = 0;
    while (query.next()) {
        const int columns = query.record().count();
        for (int i = 0; i < columns; ++i)
            values += query.value(i).isValid() ? 1 : 0;
    }
    return values;
}

qint64 rawQuery(QSqlDatabase db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("bench: a floor query failed");
    return readAll(query);
}

// The case list's rows as the eager list of old read them all: clients with their latest plan.
const QString latestPlan =
    QStringLiteral("LEFT JOIN plan p ON p.id = (SELECT id FROM plan WHERE client_id = c.id "
                   "ORDER BY drafted_on DESC, id DESC LIMIT 1) ");
const QString rowColumns =
    QStringLiteral("SELECT c.id, c.name, c.date_of_birth, p.id, p.drafted_on, p.kind, p.status, "
                   "p.next_meeting_at FROM client c ");
const QString everyRowSql =
    rowColumns + latestPlan + QStringLiteral("ORDER BY c.search_key, c.date_of_birth, c.id");

// What the list reads when it opens, raw, in the same statement: the first batch of clients
// in name order from the index, then their rows with each one's latest plan (the count of
// every client follows once the window is up).
void rawListReads(QSqlDatabase db)
{
    const QString order = QStringLiteral("ORDER BY c.search_key ASC, c.date_of_birth, c.id ");
    rawQuery(db, QStringLiteral("SELECT c.id, c.name, c.date_of_birth, p.id, p.drafted_on, p.kind, "
                                "p.status, p.next_meeting_at FROM (SELECT c.id FROM client c ") +
                     order +
                     QStringLiteral("LIMIT %1 OFFSET 0) page JOIN client c ON c.id = page.id ")
                         .arg(CaseListModel::batchSize) +
                     latestPlan + order);
}

Result caseList(const DataSet &data)
{
    Result result;
    result.operation = QStringLiteral("open database + case list (checks deferred)");
    result.samples = measure(data.runs, [&] {
        Database database;
        if (!database.open(data.path, Database::Mode::ReadWrite, Database::Checks::Deferred).ok())
            qFatal("bench: the database does not open");
        CaseListModel model(database.connection());
        if (model.rowCount() == 0)
            qFatal("bench: the case list is empty");
    });
    result.floorName = QStringLiteral("QSqlDatabase::open + the same reads raw");
    result.floor = measure(data.runs, [&] {
        const QString name = QStringLiteral("bench-raw");
        {
            QSqlDatabase db = rawConnection(data, name);
            if (!db.open())
                qFatal("bench: raw open failed");
            rawListReads(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    return result;
}

Result caseListModel(const DataSet &data, QSqlDatabase db)
{
    Result result;
    result.operation =
        QStringLiteral("case list model (first %1 rows)").arg(CaseListModel::batchSize);
    result.samples = measure(data.runs, [&] {
        CaseListModel model(db);
        if (model.rowCount() == 0)
            qFatal("bench: the case list is empty");
    });
    result.floorName = QStringLiteral("raw QSqlQuery, the same rows");
    result.floor = measure(data.runs, [&] { rawListReads(db); });
    result.target = QStringLiteral("≤ 2× floor");
    result.met = result.ratio() <= 2.0;
    return result;
}

// For scale: what the list read at every start and keystroke before it read lazily.
Result everyRow(const DataSet &data, QSqlDatabase db)
{
    Result result;
    result.operation = QStringLiteral("raw query of every case-list row (the eager list of old)");
    result.samples = measure(data.runs, [&] { rawQuery(db, everyRowSql); });
    return result;
}

Result deferredChecks(const DataSet &data)
{
    Result result;
    result.operation = QStringLiteral("integrity check + daily backup (background thread)");
    result.samples = measure(data.runs, [&] {
        if (!Database::checkDeferred(data.path).ok())
            qFatal("bench: the database is damaged");
    });
    result.floorName = QStringLiteral("raw PRAGMA quick_check");
    result.floor = measure(data.runs, [&] {
        const QString name = QStringLiteral("bench-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(data.path);
            if (!db.open())
                qFatal("bench: raw open failed");
            rawQuery(db, QStringLiteral("PRAGMA quick_check"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    return result;
}

Result statistics(const DataSet &data, QSqlDatabase db)
{
    const QDate today = Clock::today();
    Result result;
    result.operation = QStringLiteral("statistics for a year");
    result.samples = measure(data.runs, [&] {
        const StatisticsReport report =
            Statistics(db).compute(today.year(), today.year(), today, QStringLiteral("fi"));
        if (!report.error.isEmpty())
            qFatal("bench: statistics failed");
    });
    // What counting every figure from the year's plans and sub-goals would read at the least;
    // the services agreed come from a summary (migration 015), so the job may beat it.
    result.floorName = QStringLiteral("one scan of the year's plans + sub-goals");
    result.floor = measure(data.runs, [&] {
        rawQuery(db,
                 QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT p.client_id), "
                                "COUNT(DISTINCT p.id) FROM plan p LEFT JOIN plan_sub_goal s "
                                "ON s.plan_id = p.id WHERE p.drafted_on >= ? AND "
                                "p.drafted_on <= ?"),
                 {QStringLiteral("%1-01-01").arg(today.year()),
                  QStringLiteral("%1-12-31").arg(today.year())});
    });
    result.target = QStringLiteral("< 1 s");
    result.met = result.samples.median() < 1000;
    return result;
}

// The plan's rows and its client's, read raw: what loading a plan must read at the least.
void rawPlanRows(QSqlDatabase db, qint64 planId, qint64 clientId)
{
    rawQuery(db, QStringLiteral("SELECT * FROM plan WHERE id = ?"), {planId});
    for (const QString &table :
         {QStringLiteral("plan_participant"), QStringLiteral("plan_sub_goal"),
          QStringLiteral("plan_sub_goal_outcome")})
        rawQuery(db,
                 QStringLiteral("SELECT * FROM %1 WHERE plan_id = ? ORDER BY position").arg(table),
                 {planId});
    rawQuery(db, QStringLiteral("SELECT * FROM client WHERE id = ?"), {clientId});
    rawQuery(db, QStringLiteral("SELECT * FROM client_mother_tongue WHERE client_id = ?"),
             {clientId});
    rawQuery(db, QStringLiteral("SELECT * FROM client_citizenship WHERE client_id = ?"),
             {clientId});
}

Result jsonExport(const DataSet &data, QSqlDatabase db)
{
    const Plan plan = *PlanStore(db).load(data.largestPlanId);
    const Client client = *ClientStore(db).load(plan.clientId);
    const ExchangeEnvelope envelope{QStringLiteral("Vaasan kaupunki"),
                                    QStringLiteral("Liisa Virtanen"),
                                    QStringLiteral("Työvoimaviranomainen"),
                                    Clock::now(),
                                    QStringLiteral("plan.pdf"),
                                    QString(64, QLatin1Char('0')),
                                    true};
    const QJsonObject written = PlanJson::write(client, plan, envelope);
    Result result;
    result.operation = QStringLiteral("export a plan's JSON");
    result.samples = measure(data.runs, [&] {
        const kotoplan::Result<Plan> loaded = PlanStore(db).load(data.largestPlanId);
        const kotoplan::Result<Client> owner = ClientStore(db).load(loaded->clientId);
        if (QJsonDocument(PlanJson::write(*owner, *loaded, envelope)).toJson().isEmpty())
            qFatal("bench: JSON failed");
    });
    result.floorName = QStringLiteral("raw rows + toJson of the same object");
    result.floor = measure(data.runs, [&] {
        rawPlanRows(db, plan.id, client.id);
        if (QJsonDocument(written).toJson().isEmpty())
            qFatal("bench: JSON failed");
    });
    return result;
}

Result pdf(const DataSet &data, QSqlDatabase db)
{
    const Plan plan = *PlanStore(db).load(data.largestPlanId);
    const Client client = *ClientStore(db).load(plan.clientId);
    const PlanDocument document(plan, client, QStringLiteral("fi"));
    int pages = 0;
    Result result;
    result.operation = QStringLiteral("plan to PDF/A (%1 sub-goals)").arg(plan.subGoals.size());
    result.samples = measure(data.runs, [&] {
        if (PdfWriter::render(document, &pages).isEmpty())
            qFatal("bench: the PDF failed");
    });
    result.operation += QStringLiteral(", %1 pages").arg(pages);
    // The same document printed by Qt alone: no header, footer, page breaks or PDF/A metadata.
    result.floorName = QStringLiteral("bare QTextDocument::print");
    result.floor = measure(data.runs, [&] {
        const std::unique_ptr<QTextDocument> text = document.build();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(600);
        text->print(&writer);
        if (bytes.isEmpty())
            qFatal("bench: the bare print failed");
    });
    result.target = QStringLiteral("≤ 1.5× floor");
    result.met = result.ratio() <= 1.5;
    return result;
}

} // namespace

QSqlDatabase rawConnection(const DataSet &data, const QString &name)
{
    if (!data.shared) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(data.path);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QString error;
    PostgresUrl::parse(data.path, &error).applyTo(db);
    return db;
}

bool choosePlans(DataSet &data, QSqlDatabase db)
{
    QSqlQuery query(db);
    const auto largest = [&query](const QString &where) -> qint64 {
        if (!query.exec(QStringLiteral("SELECT p.id FROM plan p JOIN plan_sub_goal s ON "
                                       "s.plan_id = p.id %1 GROUP BY p.id "
                                       "ORDER BY COUNT(*) DESC, p.id LIMIT 1")
                            .arg(where)) ||
            !query.next())
            return 0;
        return query.value(0).toLongLong();
    };
    data.largestPlanId = largest(QString());
    data.draftPlanId = largest(QStringLiteral("WHERE p.status = 'draft'"));
    return data.largestPlanId > 0 && data.draftPlanId > 0;
}

QList<Result> dataBench(const DataSet &data, QSqlDatabase db)
{
    QList<Result> results = {caseList(data), caseListModel(data, db), everyRow(data, db)};
    // A server checks its own pages and is backed up by its administrator.
    if (!data.shared)
        results.append(deferredChecks(data));
    results.append({statistics(data, db), jsonExport(data, db), pdf(data, db)});
    return results;
}

} // namespace kotoplan::bench
