// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

namespace kotoplan {

// What a save or delete did; on anything but Ok the database is as it was before.
struct StoreResult
{
    enum class Status
    {
        Ok,
        Invalid,  // validation refused the value: see problems
        NotFound, // no such record
        Conflict, // someone else saved the record since it was read
        Signed,   // a signed plan is a record and is never changed
        InUse,    // plans refer to it: it can be made inactive, not deleted
        Failed,   // the database refused (disk full, read-only, locked)
    };

    Status status = Status::Ok;
    QString message; // in the user's language
    Problems problems;

    bool ok() const { return status == Status::Ok; }
};

} // namespace kotoplan
