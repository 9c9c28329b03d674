// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QHash>
#include <QSqlDatabase>

namespace kotoplan {

// The clients with a plan drawn up in the report's years, by contact language and by mother
// tongue: a client with two mother tongues counts under both, one without any as not given.
class LanguageStatistics
{
public:
    explicit LanguageStatistics(QSqlDatabase db);
    // Appends the tables "contact-language" and "mother-tongue", largest first, "not given"
    // last, the languages named in `language` ("fi", "sv", "en"); false when the database could
    // not be read.
    bool addTo(StatisticsReport &report, const QString &language) const;

private:
    struct Counts
    {
        QHash<QString, qint64> contact;
        QHash<QString, qint64> tongues; // as stored, an empty text included
        qint64 withoutTongue = 0;
    };
    bool countRows(const StatisticsReport &report, Counts &counts) const;

    QSqlDatabase m_db;
};

} // namespace kotoplan
