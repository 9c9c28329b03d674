// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Measure.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>

namespace kotoplan::bench {

double Samples::median() const
{
    if (milliseconds.isEmpty())
        return 0;
    const qsizetype n = milliseconds.size();
    return n % 2 ? milliseconds.at(n / 2)
                 : (milliseconds.at(n / 2 - 1) + milliseconds.at(n / 2)) / 2;
}

double Samples::min() const
{
    return milliseconds.isEmpty() ? 0 : milliseconds.first();
}

double Samples::max() const
{
    return milliseconds.isEmpty() ? 0 : milliseconds.last();
}

double Samples::p90() const
{
    if (milliseconds.isEmpty())
        return 0;
    const qsizetype at = qsizetype(std::ceil(0.9 * double(milliseconds.size()))) - 1;
    return milliseconds.at(qBound<qsizetype>(0, at, milliseconds.size() - 1));
}

double Result::ratio() const
{
    return floorName.isEmpty() || floor.median() <= 0 ? 0 : samples.median() / floor.median();
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void resetPeakResident()
{
    // "5" resets the peak resident set size to the present one (Linux 4.0 and later).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

Samples measure(int runs, const std::function<void()> &job, const std::function<void()> &prepare)
{
    Samples samples;
    resetPeakResident();
    for (int run = 0; run < runs; ++run) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        job();
        samples.milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.milliseconds.begin(), samples.milliseconds.end());
    samples.peakKiB = peakResidentKiB();
    return samples;
}

} // namespace kotoplan::bench
