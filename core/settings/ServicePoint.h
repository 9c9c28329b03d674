// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan {

// How a client reaches the municipality's service point (settings "servicePoint/…"), as the
// client's copy and the appointment slip print it. Every field empty until set.
struct ServicePoint
{
    QString phone;
    QString email;
    QString address;
    QString openingHours;

    bool isEmpty() const;
    bool operator==(const ServicePoint &) const = default;

    static ServicePoint load();
    // Stores the fields trimmed; an empty field removes its setting.
    static void save(const ServicePoint &servicePoint);
};

} // namespace kotoplan
