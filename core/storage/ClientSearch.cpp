// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/ClientSearch.h"

#include "storage/SqlDialect.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace kotoplan {

namespace {

// Whether `key` holds a character beyond printable ASCII (space to tilde): the condition of the
// index client_search_beyond_ascii (migration 016).
bool beyondAscii(const QString &key)
{
    return std::any_of(key.begin(), key.end(),
                       [](QChar ch) { return ch < QLatin1Char(' ') || ch > QLatin1Char('~'); });
}

} // namespace

SqlCondition clientSearchCondition(const SearchTerms &terms, const QString &alias,
                                   const SqlDialect &dialect)
{
    SqlCondition condition;
    if (terms.isEmpty()) {
        condition.sql = QStringLiteral("1 = 1");
        return condition;
    }
    QStringList alternatives;
    QString name;
    if (dialect.isSqlite()) {
        // The keys are case-folded already, so a plain substring finds what LIKE would, and
        // SQLite runs instr() in about half LIKE's time.
        name = QStringLiteral("instr(%1.search_key, ?) > 0").arg(alias);
        condition.bindings.append(terms.nameKey);
    } else {
        // PostgreSQL's trigram index serves LIKE (instr() it would not).
        name = QStringLiteral("%1.search_key LIKE ? ESCAPE '\\'").arg(alias);
        condition.bindings.append(
            QString(QLatin1Char('%') + escapeLike(terms.nameKey) + QLatin1Char('%')));
    }
    // A key that holds the typed text holds its letters beyond ASCII too: said in the words of
    // the index that lists those keys alone (migration 016), so that both engines walk it.
    if (beyondAscii(terms.nameKey)) {
        name += dialect.isSqlite() ? QStringLiteral(" AND %1.search_key GLOB '*[^ -~]*'").arg(alias)
                                   : QStringLiteral(" AND %1.search_key ~ '[^ -~]'").arg(alias);
    }
    alternatives.append(name);
    // Only a date or a year is compared with the dates of birth: a pattern that could match
    // nothing would still be tried on every client the name does not find (half the time of a
    // search that finds a few).
    if (!terms.birthPrefix.isEmpty()) {
        alternatives.append(QStringLiteral("%1.date_of_birth LIKE ? ESCAPE '\\'").arg(alias));
        condition.bindings.append(QString(escapeLike(terms.birthPrefix) + QLatin1Char('%')));
    }
    condition.sql = QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return condition;
}

QString latinOnlySearchIndex(const QSqlDatabase &db)
{
    if (SqlDialect(db).isSqlite())
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT datctype FROM pg_catalog.pg_database "
                                   "WHERE datname = current_database()")) ||
        !query.next())
        return {};
    const QString ctype = query.value(0).toString();
    return ctype == QLatin1String("C") || ctype == QLatin1String("POSIX") ? ctype : QString();
}

} // namespace kotoplan
