// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/Service.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kotoplan::test {

// A small register with known answers for the statistics: every figure the tests expect is
// counted by hand in StatisticsDataset.cpp. Needs Clock fixed to 23.11.2026.
struct StatisticsDataset
{
    QList<Client> clients;
    qint64 s1 = 0; // the first catalogue service
    qint64 s2 = 0; // the second, made inactive after use
    QList<Service> catalogue;
};

StatisticsDataset buildStatisticsDataset(QSqlDatabase db);
// The names, dates of birth (as ISO and as typed) and free texts that must never appear in
// any statistics output.
QStringList privateTexts(const StatisticsDataset &data);

} // namespace kotoplan::test
