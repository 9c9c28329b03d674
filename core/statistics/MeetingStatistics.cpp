// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/MeetingStatistics.h"

#include "domain/DateText.h"
#include "domain/Meeting.h"
#include "i18n/LocaleNames.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace kotoplan {

namespace {

enum Column
{
    Held,
    Interpreted,
    InterpretingMinutes,
    Missed,
    MissedInterpreted,
    Columns
};
using Counts = std::array<qint64, Columns>;

// Meetings starting in the report's years; the times are "yyyy-MM-ddTHH:mm" text.
QString inRange()
{
    return QStringLiteral("m.starts_at >= ? AND m.starts_at < ?");
}

void bindRange(QSqlQuery &query, const StatisticsReport &report)
{
    query.addBindValue(report.firstDay());
    query.addBindValue(QStringLiteral("%1-01-01").arg(report.toYear + 1, 4, 10, QLatin1Char('0')));
}

QList<qint64> values(const Counts &counts)
{
    return {counts.begin(), counts.end()};
}

} // namespace

MeetingStatistics::MeetingStatistics(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool MeetingStatistics::addTo(StatisticsReport &report, const QString &language) const
{
    return perPeriod(report) && byLanguage(report, language);
}

bool MeetingStatistics::perPeriod(StatisticsReport &report) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT SUBSTR(m.starts_at, 1, 7), m.attendance, "
                                 "m.interpreter_booked, COUNT(*), SUM(m.duration_minutes) "
                                 "FROM meeting m WHERE %1 GROUP BY SUBSTR(m.starts_at, 1, 7), "
                                 "m.attendance, m.interpreter_booked")
                      .arg(inRange()));
    bindRange(query, report);
    if (!query.exec())
        return false;
    QHash<QString, Counts> byMonth;
    while (query.next()) {
        Counts &counts = byMonth[query.value(0).toString()];
        const Attendance attendance = attendanceFromKey(query.value(1).toString());
        const bool interpreted = query.value(2).toInt() != 0;
        const qint64 count = query.value(3).toLongLong();
        if (attendance == Attendance::Came) {
            counts[Held] += count;
            if (interpreted) {
                counts[Interpreted] += count;
                counts[InterpretingMinutes] += query.value(4).toLongLong();
            }
        } else if (attendance == Attendance::NoShow) {
            counts[Missed] += count;
            if (interpreted)
                counts[MissedInterpreted] += count;
        }
    }

    const QStringList keys = {QStringLiteral("held"), QStringLiteral("interpreted"),
                              QStringLiteral("interpreting-hours"), QStringLiteral("missed"),
                              QStringLiteral("missed-with-interpreter")};
    const QStringList headers = {tr("Meetings held"), tr("Interpreted"), tr("Interpreting hours"),
                                 tr("Missed"), tr("Missed, interpreter booked")};
    StatisticsTable years{QStringLiteral("meetings-per-year"),
                          tr("Meetings per year"),
                          tr("Year"),
                          keys,
                          headers,
                          false,
                          {},
                          true,
                          {QStringLiteral("interpreting-hours")}};
    StatisticsTable months = years;
    months.key = QStringLiteral("meetings-per-month");
    months.title = tr("Meetings per month");
    months.labelHeader = tr("Month");
    Counts total{};
    for (int year = report.fromYear; year <= report.toYear; ++year) {
        Counts sum{};
        for (int month = 1; month <= 12; ++month) {
            const QString key =
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            const Counts counts = byMonth.value(key, Counts{});
            months.rows.append({key, dateText::formatYearMonth({year, month}), values(counts)});
            for (int column = 0; column < Columns; ++column)
                sum[column] += counts[column];
        }
        years.rows.append({QString::number(year), QString::number(year), values(sum)});
        for (int column = 0; column < Columns; ++column)
            total[column] += sum[column];
    }
    years.rows.append({QStringLiteral("total"), tr("Total"), values(total)});
    report.tables.append(years);
    report.tables.append(months);
    return true;
}

bool MeetingStatistics::byLanguage(StatisticsReport &report, const QString &language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.interpreter_language, m.interpreting_mode, COUNT(*), "
                                 "SUM(m.duration_minutes) FROM meeting m WHERE %1 AND "
                                 "m.attendance = 'came' AND m.interpreter_booked = 1 "
                                 "GROUP BY m.interpreter_language, m.interpreting_mode")
                      .arg(inRange()));
    bindRange(query, report);
    if (!query.exec())
        return false;
    StatisticsTable table{QStringLiteral("interpreted-meetings"),
                          tr("Interpreted meetings by language and mode"),
                          tr("Language and mode"),
                          {QStringLiteral("meetings"), QStringLiteral("interpreting-hours")},
                          {tr("Meetings"), tr("Interpreting hours")},
                          false,
                          {},
                          true,
                          {QStringLiteral("interpreting-hours")}};
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString modeKey = query.value(1).toString();
        QString mode;
        switch (interpretingModeFromKey(modeKey)) {
        case InterpretingMode::OnSite:
            mode = tr("on site");
            break;
        case InterpretingMode::Phone:
            mode = tr("by phone");
            break;
        case InterpretingMode::Video:
            mode = tr("by video");
            break;
        case InterpretingMode::Unset:
            mode = tr("mode not given");
            break;
        }
        const QString name = code.isEmpty() ? tr("Language not given")
                                            : localeNames::describeLanguages({code}, language);
        table.rows.append({QStringLiteral("%1/%2").arg(
                               code, modeKey.isEmpty() ? QStringLiteral("none") : modeKey),
                           QStringLiteral("%1, %2").arg(name, mode),
                           {query.value(2).toLongLong(), query.value(3).toLongLong()}});
    }
    std::sort(table.rows.begin(), table.rows.end(),
              [](const StatisticsRow &a, const StatisticsRow &b) {
                  if (a.values.first() != b.values.first())
                      return a.values.first() > b.values.first();
                  return a.label < b.label;
              });
    report.tables.append(table);
    return true;
}

} // namespace kotoplan
