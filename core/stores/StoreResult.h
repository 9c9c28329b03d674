// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Result.h"

namespace kotoplan {

// What a save or delete did; on anything but Ok the database is as it was before.
using StoreResult = Result<>;

} // namespace kotoplan
