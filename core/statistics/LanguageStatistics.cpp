// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/LanguageStatistics.h"

#include "statistics/Statistics.h"

#include "i18n/LocaleNames.h"

#include <QSqlQuery>

#include <algorithm>

namespace kotoplan {

namespace {

// The range's clients joined with their mother tongues; the empty row (NULL) of the join is a
// client without one.
const QString joined =
    QStringLiteral("FROM client c LEFT JOIN client_mother_tongue m ON m.client_id = c.id "
                   "WHERE c.id IN (SELECT p.client_id FROM plan p "
                   "WHERE p.drafted_on >= ? AND p.drafted_on <= ?) ");

bool run(QSqlQuery &query, const StatisticsReport &report)
{
    query.addBindValue(report.firstDay());
    query.addBindValue(report.lastDay());
    return query.exec();
}

// A language as stored (an ISO 639 code or the officer's text), shown with its name in the
// report's language, so that a reader who does not know the codes recognises it: "arabia (ar)".
QString languageLabel(const QString &code, const QString &language)
{
    if (code.isEmpty())
        return Statistics::tr("Not given");
    return localeNames::describeLanguages({code}, language);
}

// Largest first, then by label, "not given" last: the order a reader of a report expects.
void sortByCount(QList<StatisticsRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const StatisticsRow &a, const StatisticsRow &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (a.values.at(0) != b.values.at(0))
            return a.values.at(0) > b.values.at(0);
        return a.label < b.label;
    });
}

} // namespace

LanguageStatistics::LanguageStatistics(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool LanguageStatistics::addTo(StatisticsReport &report, const QString &language) const
{
    Counts counts;
    if (!countRows(report, counts))
        return false;
    const auto table = [&](const QString &key, const QString &title,
                           const QHash<QString, qint64> &counted, qint64 notGiven) {
        StatisticsTable result{key,
                               title,
                               Statistics::tr("Language"),
                               {QStringLiteral("clients")},
                               {Statistics::tr("Clients")},
                               false,
                               {},
                               false,
                               {}};
        for (auto it = counted.cbegin(); it != counted.cend(); ++it)
            result.rows.append({it.key(), languageLabel(it.key(), language), {it.value()}});
        if (notGiven > 0)
            result.rows.append({QString(), languageLabel(QString(), language), {notGiven}});
        sortByCount(result.rows);
        report.tables.append(result);
    };
    table(QStringLiteral("contact-language"), Statistics::tr("Clients by contact language"),
          counts.contact, 0);
    table(QStringLiteral("mother-tongue"), Statistics::tr("Clients by mother tongue"),
          counts.tongues, counts.withoutTongue);
    return true;
}

// One pass of the join, counted here: two queries that each found the range's clients took
// longer on both engines, and counting both tables in SQL (GROUPING SETS on PostgreSQL,
// COUNT(DISTINCT) per language, window functions) was no quicker than reading the rows.
bool LanguageStatistics::countRows(const StatisticsReport &report, Counts &counts) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.contact_language, m.language ") + joined +
                  QStringLiteral("ORDER BY c.id"));
    if (!run(query, report))
        return false;
    qint64 client = -1;
    QStringList clientTongues;
    while (query.next()) {
        if (const qint64 id = query.value(0).toLongLong(); id != client) {
            client = id;
            clientTongues.clear();
            ++counts.contact[query.value(1).toString()];
        }
        const QVariant tongue = query.value(2);
        if (tongue.isNull()) {
            ++counts.withoutTongue;
        } else if (!clientTongues.contains(tongue.toString())) {
            clientTongues.append(tongue.toString());
            ++counts.tongues[tongue.toString()];
        }
    }
    return true;
}

} // namespace kotoplan
