// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqlScript.h"

namespace kotoplan {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBlock = false;  // a SQLite trigger body, from its BEGIN line to its END; line
    bool inDollar = false; // a PostgreSQL function body between $$ and $$
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inDollar && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        bool ends = false;
        if (inBlock) {
            ends = line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0;
            inBlock = !ends;
        } else if (line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
            inBlock = true;
        } else {
            ends = line.endsWith(QLatin1Char(';'));
        }
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace kotoplan
