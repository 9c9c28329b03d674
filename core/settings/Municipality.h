// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan::municipality {

// The municipality's name as the officers set it (setting "municipality/name"): the title of
// the integration programme document and the header of the printed statistics. Empty until set.
QString name();
// Stores the name, trimmed; an empty name removes it.
void setName(const QString &name);

} // namespace kotoplan::municipality
