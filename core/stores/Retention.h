// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kotoplan {

// A case whose retention period has ended: its personal data is due for erasure.
struct RetentionCase
{
    qint64 clientId = 0;
    QString name;
    QDate dateOfBirth;
    QDate lastChange;   // the client's or any of their plans' last change, local date
    QDate plansEnd;     // the end of the client's last signed plan under its act; may be null
    QDate periodStarts; // the later of the two: the period runs from here
    QDate periodEnds;   // periodStarts + the retention period
    int plans = 0;
    int signedPlans = 0;
    bool operator==(const RetentionCase &) const = default;
};

// How long the municipality keeps a client's personal data after the case has ended. One
// period for the whole installation (one municipality's database), kept in the settings.
// The period runs from the later of the client's last change (to the client or any of their
// plans) and the end of their last signed plan as the act sets it; viewing or printing a
// case does not extend it.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static constexpr int defaultYears = 10;
    static constexpr int minimumYears = 1;
    static constexpr int maximumYears = 100;

    // The period from the settings ("retention/years"), within the limits.
    static int years();
    static void setYears(int years);

    // Every client whose period has ended on or before `today`, the longest ended first.
    static QList<RetentionCase> ended(const QSqlDatabase &db, int years, QDate today);
    // One client's case as the list would show it, whether ended or not; null id if none.
    static RetentionCase caseOf(const QSqlDatabase &db, qint64 clientId, int years);
};

} // namespace kotoplan
