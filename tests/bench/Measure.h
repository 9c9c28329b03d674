// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace kotoplan::bench {

// The times of one job over repeated runs, and the most memory the process held meanwhile.
struct Samples
{
    QList<double> milliseconds; // sorted
    qint64 peakKiB = 0;

    double median() const;
    double min() const;
    double max() const;
    double p90() const;
};

// Runs `prepare` (not timed) then `job` (timed) `runs` times. The process's peak resident set
// is reset before the first run (Linux: /proc/self/clear_refs), so peakKiB is this job's.
Samples measure(int runs, const std::function<void()> &job,
                const std::function<void()> &prepare = {});

// The resident high-water mark of the process now, in KiB (VmHWM; getrusage where that fails).
qint64 peakResidentKiB();
void resetPeakResident();

// One line of the table: an operation of the program against the least work that gives the
// same result (its floor).
struct Result
{
    QString operation;
    Samples samples;
    QString floorName; // empty: no floor
    Samples floor;
    QString target;  // e.g. "≤ 2× floor", "≤ 16 ms"; empty when none is set
    bool met = true; // the target holds at the median
    double ratio() const;
};

} // namespace kotoplan::bench
