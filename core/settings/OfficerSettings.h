// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kotoplan::officer {

// The officer at this desk, as the Settings dialog stores them: the name (setting
// "officer/name") for the audit log and the plans exported for the employment authority, and
// the organisation ("officer/organisation"), the municipality that the export names.
// Both empty until set.
QString name();
void setName(const QString &name); // trimmed; empty removes it
QString organisation();
void setOrganisation(const QString &organisation);

} // namespace kotoplan::officer
