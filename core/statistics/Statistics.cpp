// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/Statistics.h"

#include "statistics/LanguageStatistics.h"
#include "statistics/MeetingStatistics.h"

#include "domain/DateText.h"
#include "domain/Eligibility.h"
#include "domain/MainGoal.h"
#include "domain/RuleSet.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "stores/ServiceCatalogue.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace kotoplan {

namespace {

// Plans drawn up in the range of years; `alias` is the plan table's alias.
QString inRange(const QString &alias)
{
    return QStringLiteral("%1.drafted_on >= ? AND %1.drafted_on <= ?").arg(alias);
}

bool run(QSqlQuery &query, const StatisticsReport &report)
{
    query.addBindValue(report.firstDay());
    query.addBindValue(report.lastDay());
    return query.exec();
}

} // namespace

Statistics::Statistics(QSqlDatabase db)
    : m_db(std::move(db))
{}

StatisticsReport Statistics::compute(int fromYear, int toYear, QDate today,
                                     const QString &language) const
{
    StatisticsReport report;
    report.fromYear = fromYear;
    report.toYear = toYear;
    report.today = today;
    if (fromYear < earliestYear() || toYear > latestYear() || fromYear > toYear) {
        report.error = tr("The years must run from %1 to %2, the first not after the last.")
                           .arg(earliestYear())
                           .arg(latestYear());
        return report;
    }
    const bool ok = plansPerPeriod(report) && mainGoals(report) &&
                    LanguageStatistics(m_db).addTo(report, language) && reviewsOnTime(report) &&
                    services(report, language) && closingWindows(report) &&
                    MeetingStatistics(m_db).addTo(report, language);
    if (!ok)
        report.error = tr("The statistics could not be read from the database.");
    return report;
}

bool Statistics::plansPerPeriod(StatisticsReport &report) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT SUBSTR(p.drafted_on, 1, 7), p.kind, COUNT(*) FROM plan p "
                                 "WHERE %1 GROUP BY SUBSTR(p.drafted_on, 1, 7), p.kind")
                      .arg(inRange(QStringLiteral("p"))));
    if (!run(query, report))
        return false;
    QHash<QString, std::array<qint64, 2>> byMonth; // first plans, reviews
    while (query.next()) {
        const bool review = planKindFromKey(query.value(1).toString()) == PlanKind::Review;
        byMonth[query.value(0).toString()][review ? 1 : 0] += query.value(2).toLongLong();
    }

    const QStringList keys = {QStringLiteral("plans"), QStringLiteral("first"),
                              QStringLiteral("reviews")};
    const QStringList headers = {tr("Plans"), tr("First plans"), tr("Reviews")};
    StatisticsTable years{QStringLiteral("plans-per-year"),
                          tr("Plans per year"),
                          tr("Year"),
                          keys,
                          headers,
                          false,
                          {},
                          false,
                          {}};
    StatisticsTable months{QStringLiteral("plans-per-month"),
                           tr("Plans per month"),
                           tr("Month"),
                           keys,
                           headers,
                           false,
                           {},
                           false,
                           {}};
    std::array<qint64, 2> total{0, 0};
    for (int year = report.fromYear; year <= report.toYear; ++year) {
        std::array<qint64, 2> sum{0, 0};
        for (int month = 1; month <= 12; ++month) {
            const QString key =
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            const std::array<qint64, 2> counts = byMonth.value(key, {0, 0});
            months.rows.append({key,
                                dateText::formatYearMonth({year, month}),
                                {counts[0] + counts[1], counts[0], counts[1]}});
            sum[0] += counts[0];
            sum[1] += counts[1];
        }
        years.rows.append(
            {QString::number(year), QString::number(year), {sum[0] + sum[1], sum[0], sum[1]}});
        total[0] += sum[0];
        total[1] += sum[1];
    }
    years.rows.append(
        {QStringLiteral("total"), tr("Total"), {total[0] + total[1], total[0], total[1]}});
    report.tables.append(years);
    report.tables.append(months);
    return true;
}

bool Statistics::mainGoals(StatisticsReport &report) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT p.main_goal, COUNT(*) FROM plan p WHERE %1 GROUP BY p.main_goal")
            .arg(inRange(QStringLiteral("p"))));
    if (!run(query, report))
        return false;
    QHash<QString, qint64> counts;
    while (query.next())
        counts[query.value(0).toString()] += query.value(1).toLongLong();

    StatisticsTable table{QStringLiteral("main-goals"),
                          tr("Plans by main goal"),
                          tr("Main goal"),
                          {QStringLiteral("plans")},
                          {tr("Plans")},
                          false,
                          {},
                          false,
                          {}};
    // The form's order, so the table reads like field 18.
    QList<MainGoal> goals = mainGoal::all();
    goals.append(MainGoal::None);
    for (const MainGoal goal : goals) {
        const QString key = mainGoal::key(goal);
        table.rows.append({key.isEmpty() ? QStringLiteral("none") : key,
                           mainGoal::label(goal),
                           {counts.value(key)}});
    }
    report.tables.append(table);
    return true;
}

bool Statistics::reviewsOnTime(StatisticsReport &report) const
{
    // The interval is counted from the plan the review continues, or from the first plan.
    // SQLite would read each previous plan's date from its wide row (0.3 s for 35,600 reviews
    // at 100,000 clients); its index of ids and dates holds the date alone (migration 015).
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.drafted_on, COALESCE(b.drafted_on, r.first_plan_date), "
                       "COUNT(*) FROM plan r LEFT JOIN plan b%1 ON b.id = r.previous_plan_id "
                       "WHERE r.kind = 'review' AND %2 "
                       "GROUP BY r.drafted_on, COALESCE(b.drafted_on, r.first_plan_date)")
            .arg(SqlDialect(m_db).isSqlite() ? QStringLiteral(" INDEXED BY plan_date_by_id")
                                             : QString(),
                 inRange(QStringLiteral("r"))));
    if (!run(query, report))
        return false;
    QHash<int, std::array<qint64, 2>> byYear; // reviews, within six months
    while (query.next()) {
        const QDate drafted = sql::toDate(query.value(0));
        const QDate base = sql::toDate(query.value(1));
        const qint64 count = query.value(2).toLongLong();
        byYear[drafted.year()][0] += count;
        if (base.isValid() && drafted <= base.addMonths(6))
            byYear[drafted.year()][1] += count;
    }
    StatisticsTable table{QStringLiteral("reviews-within-six-months"),
                          tr("Reviews done within six months of the plan before"),
                          tr("Year"),
                          {QStringLiteral("reviews"), QStringLiteral("within-six-months")},
                          {tr("Reviews"), tr("Within six months")},
                          true,
                          {},
                          false,
                          {}};
    std::array<qint64, 2> total{0, 0};
    for (int year = report.fromYear; year <= report.toYear; ++year) {
        const std::array<qint64, 2> counts = byYear.value(year, {0, 0});
        table.rows.append({QString::number(year), QString::number(year), {counts[0], counts[1]}});
        total[0] += counts[0];
        total[1] += counts[1];
    }
    table.rows.append({QStringLiteral("total"), tr("Total"), {total[0], total[1]}});
    report.tables.append(table);
    return true;
}

bool Statistics::services(StatisticsReport &report, const QString &language) const
{
    // The summary the triggers of migration 015 keep: one row per year, service and client
    // (service 0 is free text), so a year's clients are its rows and a client agreed a service
    // in several years of the range counts once.
    const bool oneYear = report.fromYear == report.toYear;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(oneYear ? QStringLiteral("SELECT u.service_id, SUM(u.uses), COUNT(*) "
                                           "FROM statistics_service_use u WHERE u.year = ? "
                                           "GROUP BY u.service_id")
                          : QStringLiteral("SELECT u.service_id, SUM(u.uses), "
                                           "COUNT(DISTINCT u.client_id) "
                                           "FROM statistics_service_use u "
                                           "WHERE u.year >= ? AND u.year <= ? "
                                           "GROUP BY u.service_id"));
    query.addBindValue(QStringLiteral("%1").arg(report.fromYear, 4, 10, QLatin1Char('0')));
    if (!oneYear)
        query.addBindValue(QStringLiteral("%1").arg(report.toYear, 4, 10, QLatin1Char('0')));
    if (!query.exec())
        return false;
    QHash<qint64, std::array<qint64, 2>> counts; // rows, clients; 0 is free text
    while (query.next()) {
        counts[query.value(0).toLongLong()] = {query.value(1).toLongLong(),
                                               query.value(2).toLongLong()};
    }
    query.finish();

    StatisticsTable table{QStringLiteral("services"),
                          tr("Services agreed in plans"),
                          tr("Service"),
                          {QStringLiteral("agreed"), QStringLiteral("clients")},
                          {tr("Times agreed"), tr("Clients")},
                          false,
                          {},
                          false,
                          {}};
    // Every active service, used or not, so the programme's unused services show too.
    for (const Service &service : ServiceCatalogue(m_db).list()) {
        const std::array<qint64, 2> used = counts.take(service.id);
        if (!service.active && used[0] == 0)
            continue;
        table.rows.append({QStringLiteral("service-%1").arg(service.id),
                           service.name(language),
                           {used[0], used[1]}});
    }
    const std::array<qint64, 2> other = counts.take(0);
    table.rows.append({QStringLiteral("other"), tr("Other (free text)"), {other[0], other[1]}});
    report.tables.append(table);
    return true;
}

bool Statistics::closingWindows(StatisticsReport &report) const
{
    // The database narrows the permit dates down; Eligibility then decides each day exactly,
    // as the plan editor does.
    const QDate today = report.today;
    const int years = RuleSet::forDate(today).eligibilityYears;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.first_permit_date, COUNT(*) FROM client c "
                                 "WHERE c.first_permit_date >= ? AND c.first_permit_date <= ? "
                                 "AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.client_id = c.id) "
                                 "GROUP BY c.first_permit_date"));
    query.addBindValue(sql::fromDate(today.addYears(-years).addDays(-3)));
    query.addBindValue(sql::fromDate(today.addDays(90).addYears(-years).addDays(3)));
    if (!query.exec())
        return false;
    std::array<qint64, 3> bands{0, 0, 0};
    while (query.next()) {
        const Eligibility eligibility = Eligibility::evaluate(sql::toDate(query.value(0)), today);
        if (eligibility.known && eligibility.daysLeft > 0 && eligibility.daysLeft <= 90)
            bands[(eligibility.daysLeft - 1) / 30] += query.value(1).toLongLong();
    }
    StatisticsTable table{QStringLiteral("window-closing"),
                          tr("Clients without a plan whose 3-year window closes within 90 days "
                             "of %1")
                              .arg(dateText::formatDate(today)),
                          tr("Window closes in"),
                          {QStringLiteral("clients")},
                          {tr("Clients")},
                          false,
                          {},
                          false,
                          {}};
    table.rows = {{QStringLiteral("1-30"), tr("1–30 days"), {bands[0]}},
                  {QStringLiteral("31-60"), tr("31–60 days"), {bands[1]}},
                  {QStringLiteral("61-90"), tr("61–90 days"), {bands[2]}},
                  {QStringLiteral("total"), tr("Total"), {bands[0] + bands[1] + bands[2]}}};
    report.tables.append(table);
    return true;
}

} // namespace kotoplan
