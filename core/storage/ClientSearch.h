// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/SearchKey.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace kotoplan {

class SqlDialect;

// A WHERE condition and the values it binds, in order.
struct SqlCondition
{
    QString sql;
    QVariantList bindings;
};

// The clients a search finds, as a condition on the client table aliased `alias`: those whose
// name key holds the typed text and, when the text is a date or a year, those born then. Every
// search (the case list, the stores, the benchmark's floor) asks this one condition.
SqlCondition clientSearchCondition(const SearchTerms &terms, const QString &alias,
                                   const SqlDialect &dialect);

// The character classification of a PostgreSQL database (its LC_CTYPE) when that leaves the
// search's trigram index without the names of other scripts than Latin, empty otherwise (and on
// SQLite). Under "C" or "POSIX" pg_trgm takes only ASCII letters for letters, so a search for
// "енко" or "أحمد" reads every client: the same matches, many times slower.
QString latinOnlySearchIndex(const QSqlDatabase &db);

} // namespace kotoplan
