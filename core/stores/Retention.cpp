// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "stores/Retention.h"

#include "domain/PlanSchedule.h"
#include "storage/SqlValues.h"

#include <QSettings>
#include <QSqlQuery>

#include <algorithm>

namespace kotoplan {

namespace {

const QString settingsKey = QStringLiteral("retention/years");

// One row per client with the dates the period is counted from; portable SQL, no date
// functions, since ISO text compares in date order on every engine.
const QString selectCases = QStringLiteral(
    "SELECT c.id, c.name, c.date_of_birth, c.updated_at, "
    "(SELECT MAX(p.updated_at) FROM plan p WHERE p.client_id = c.id), "
    "(SELECT MIN(p.drafted_on) FROM plan p WHERE p.client_id = c.id AND p.status = 'signed'), "
    "(SELECT MAX(p.drafted_on) FROM plan p WHERE p.client_id = c.id AND p.status = 'signed'), "
    "(SELECT COUNT(*) FROM plan p WHERE p.client_id = c.id AND p.status = 'signed'), "
    "(SELECT COUNT(*) FROM plan p WHERE p.client_id = c.id) "
    "FROM client c ");

QDate localDate(const QVariant &timestamp)
{
    const QDateTime time = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().date() : QDate();
}

RetentionCase caseFrom(const QSqlQuery &query, int years)
{
    RetentionCase row;
    row.clientId = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.dateOfBirth = sql::toDate(query.value(2));
    row.lastChange = std::max(localDate(query.value(3)), localDate(query.value(4)));
    row.signedPlans = query.value(7).toInt();
    row.plans = query.value(8).toInt();
    const QDate firstSigned = sql::toDate(query.value(5));
    const QDate latestSigned = sql::toDate(query.value(6));
    // The schedule's dates do not depend on today; any valid date will do.
    row.plansEnd = PlanSchedule::evaluate(firstSigned, latestSigned, row.signedPlans == 1,
                                          latestSigned.isValid() ? latestSigned : QDate())
                       .currentPlanEnds;
    row.periodStarts = std::max(row.lastChange, row.plansEnd);
    row.periodEnds = row.periodStarts.addYears(years);
    return row;
}

} // namespace

int Retention::years()
{
    bool ok = false;
    const int value = QSettings().value(settingsKey, defaultYears).toInt(&ok);
    return ok ? std::clamp(value, minimumYears, maximumYears) : defaultYears;
}

void Retention::setYears(int years)
{
    QSettings().setValue(settingsKey, std::clamp(years, minimumYears, maximumYears));
}

QList<RetentionCase> Retention::ended(const QSqlDatabase &db, int years, QDate today)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<RetentionCase> cases;
    if (!query.exec(selectCases + QStringLiteral("ORDER BY c.id")))
        return cases;
    while (query.next()) {
        const RetentionCase row = caseFrom(query, years);
        if (row.periodEnds.isValid() && row.periodEnds <= today)
            cases.append(row);
    }
    std::stable_sort(
        cases.begin(), cases.end(),
        [](const RetentionCase &a, const RetentionCase &b) { return a.periodEnds < b.periodEnds; });
    return cases;
}

RetentionCase Retention::caseOf(const QSqlDatabase &db, qint64 clientId, int years)
{
    QSqlQuery query(db);
    query.prepare(selectCases + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return {};
    return caseFrom(query, years);
}

} // namespace kotoplan
