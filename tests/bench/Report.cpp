// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Report.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace kotoplan::bench {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QJsonObject samplesJson(const Samples &samples)
{
    QJsonArray all;
    for (const double value : samples.milliseconds)
        all.append(value);
    return {{QStringLiteral("median_ms"), samples.median()},
            {QStringLiteral("min_ms"), samples.min()},
            {QStringLiteral("max_ms"), samples.max()},
            {QStringLiteral("p90_ms"), samples.p90()},
            {QStringLiteral("runs"), int(samples.milliseconds.size())},
            {QStringLiteral("peak_kib"), samples.peakKiB},
            {QStringLiteral("all_ms"), all}};
}

} // namespace

QJsonObject machineDescription()
{
    return {{QStringLiteral("cpu"), cpuModel()},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

namespace {

void printRows(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text = QStringLiteral("|");
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += QLatin1Char(' ') + cells.at(i).leftJustified(widths[i]) + QStringLiteral(" |");
        out << text << Qt::endl;
    };
    line(headers);
    QStringList rule;
    for (const qsizetype width : std::as_const(widths))
        rule.append(QString(width, QLatin1Char('-')));
    out << QStringLiteral("|-") + rule.join(QStringLiteral("-|-")) + QStringLiteral("-|")
        << Qt::endl;
    for (const QStringList &row : rows)
        line(row);
}

} // namespace

void printComparison(QTextStream &out, const QList<std::pair<QString, QList<Result>>> &engines)
{
    if (engines.isEmpty())
        return;
    QStringList headers = {QStringLiteral("operation")};
    for (const auto &[engine, results] : engines)
        headers << engine + QStringLiteral(" ms") << QStringLiteral("ratio");
    headers << QStringLiteral("target");
    for (const auto &[engine, results] : engines)
        headers << engine;
    QList<QStringList> rows;
    const QList<Result> &firstResults = engines.first().second;
    for (qsizetype i = 0; i < firstResults.size(); ++i) {
        const Result &first = firstResults.at(i);
        // Lines of the same name ("the same, model alone") pair up in their order.
        const auto nth =
            std::count_if(firstResults.cbegin(), firstResults.cbegin() + i,
                          [&](const Result &r) { return r.operation == first.operation; });
        QStringList row = {first.operation};
        QStringList verdicts;
        for (const auto &[engine, results] : engines) {
            auto same = results.cend();
            qsizetype seen = 0;
            for (auto it = results.cbegin(); it != results.cend(); ++it) {
                if (it->operation == first.operation && seen++ == nth) {
                    same = it;
                    break;
                }
            }
            if (same == results.cend()) {
                row << QStringLiteral("–") << QStringLiteral("–");
                verdicts << QStringLiteral("–");
                continue;
            }
            row << ms(same->samples.median())
                << (same->floorName.isEmpty() ? QStringLiteral("–")
                                              : QString::number(same->ratio(), 'f', 2));
            verdicts << (same->target.isEmpty() ? QStringLiteral("–")
                         : same->met            ? QStringLiteral("ok")
                                                : QStringLiteral("MISSED"));
        }
        row << (first.target.isEmpty() ? QStringLiteral("–") : first.target) << verdicts;
        rows.append(row);
    }
    printRows(out, headers, rows);
}

void printTable(QTextStream &out, const QList<Result> &results)
{
    const QStringList headers = {
        QStringLiteral("operation"), QStringLiteral("median ms"), QStringLiteral("min–max"),
        QStringLiteral("p90"),       QStringLiteral("floor"),     QStringLiteral("floor ms"),
        QStringLiteral("ratio"),     QStringLiteral("target"),    QStringLiteral("peak MiB")};
    QList<QStringList> rows;
    for (const Result &result : results) {
        const Samples &s = result.samples;
        const bool hasFloor = !result.floorName.isEmpty();
        rows.append(
            {result.operation, ms(s.median()), ms(s.min()) + QStringLiteral("–") + ms(s.max()),
             ms(s.p90()), hasFloor ? result.floorName : QStringLiteral("–"),
             hasFloor ? ms(result.floor.median()) : QStringLiteral("–"),
             hasFloor ? QString::number(result.ratio(), 'f', 2) : QStringLiteral("–"),
             result.target.isEmpty()
                 ? QStringLiteral("–")
                 : result.target + (result.met ? QStringLiteral(" ok") : QStringLiteral(" MISSED")),
             QString::number(double(qMax(s.peakKiB, result.floor.peakKiB)) / 1024, 'f', 0)});
    }
    printRows(out, headers, rows);
}

bool writeJson(const QString &path, const QList<Result> &results, const QJsonObject &context)
{
    QJsonArray operations;
    for (const Result &result : results) {
        QJsonObject entry = samplesJson(result.samples);
        entry.insert(QStringLiteral("operation"), result.operation);
        if (!result.floorName.isEmpty()) {
            QJsonObject floor = samplesJson(result.floor);
            floor.insert(QStringLiteral("name"), result.floorName);
            entry.insert(QStringLiteral("floor"), floor);
            entry.insert(QStringLiteral("ratio"), result.ratio());
        }
        if (!result.target.isEmpty()) {
            entry.insert(QStringLiteral("target"), result.target);
            entry.insert(QStringLiteral("target_met"), result.met);
        }
        operations.append(entry);
    }
    QJsonObject document = context;
    document.insert(QStringLiteral("operations"), operations);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(document).toJson());
    return file.commit();
}

} // namespace kotoplan::bench
