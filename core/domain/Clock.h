// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>

namespace kotoplan {

// Deadlines depend on today, so every "now" goes through here and tests can fix it.
class Clock
{
public:
    static QDateTime now();
    static QDate today();
    static void setFixed(const QDateTime &now); // for tests
    static void reset();
};

// Fixes the clock for a scope and restores the real one afterwards.
class FixedClock
{
public:
    explicit FixedClock(const QDateTime &now) { Clock::setFixed(now); }
    explicit FixedClock(QDate today) { Clock::setFixed(QDateTime(today, QTime(12, 0))); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock &) = delete;
    FixedClock &operator=(const FixedClock &) = delete;
};

} // namespace kotoplan
