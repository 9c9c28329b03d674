// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "statistics/StatisticsCsv.h"

#include "exchange/OutputText.h"
#include "storage/FilePermissions.h"

#include <QDir>
#include <QSaveFile>

namespace kotoplan {

QString StatisticsCsv::field(const QString &text)
{
    return outputText::csvField(text);
}

QByteArray StatisticsCsv::toCsv(const StatisticsReport &report)
{
    QString text = QStringLiteral("table,row,label,column,value\r\n");
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &value : fields)
            quoted.append(field(value));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const StatisticsTable &table : report.tables) {
        for (const StatisticsRow &row : table.rows) {
            for (qsizetype i = 0; i < row.values.size() && i < table.valueKeys.size(); ++i)
                line({table.key, row.key, row.label, table.valueKeys.at(i), table.text(row, i)});
            if (table.hasShare) {
                const double share = StatisticsTable::share(row);
                line({table.key, row.key, row.label, QStringLiteral("share-percent"),
                      share < 0 ? QString() : QString::number(share, 'f', 1)});
            }
        }
    }
    return text.toUtf8();
}

bool StatisticsCsv::write(const StatisticsReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly) || !restrictToOwner(file)) {
        *error = tr("%1 cannot be written: check the folder and its permissions.").arg(shown);
        return false;
    }
    const QByteArray bytes = toCsv(report);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 could not be written completely; the disk may be full.").arg(shown);
        return false;
    }
    return true;
}

QList<QStringList> StatisticsCsv::parse(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                value += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                value += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (ch == QLatin1Char(',')) {
            record.append(value);
            value.clear();
            fieldStarted = true;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            record.append(value);
            records.append(record);
            record.clear();
            value.clear();
            fieldStarted = false;
        } else {
            value += ch;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(value);
        records.append(record);
    }
    return records;
}

} // namespace kotoplan
