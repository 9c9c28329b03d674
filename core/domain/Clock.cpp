// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Clock.h"

#include <QDeadlineTimer>

namespace kotoplan {

namespace {
QDateTime &fixedNow()
{
    static QDateTime value;
    return value;
}
} // namespace

QDateTime Clock::now()
{
    return fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    if (fixedNow().isValid())
        return fixedNow().date();
    // The local time is read through the time zone file each time (Qt calls tzset()), and a
    // list asks for today once a cell: a paint of the case list spent a fifth of its time
    // there. Today read a second ago is today still, to within that second.
    thread_local QDate cached;
    thread_local QDeadlineTimer fresh;
    if (!cached.isValid() || fresh.hasExpired()) {
        cached = QDateTime::currentDateTime().date();
        fresh.setRemainingTime(1000);
    }
    return cached;
}

void Clock::setFixed(const QDateTime &now)
{
    fixedNow() = now;
}

void Clock::reset()
{
    fixedNow() = QDateTime();
}

} // namespace kotoplan
