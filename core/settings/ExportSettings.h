// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace kotoplan::exportSettings {

// The language a plan is exported in unless the officer chooses another: the setting
// "export/language", else the municipality's official language ("municipality/language"),
// else Finnish.
QString language();
void setLanguage(const QString &code);
// The receivers exported to before, the latest first, at most ten.
QStringList receivers();
void rememberReceiver(const QString &receiver);
// The municipality that exportedBy names: the one municipality setting ("municipality/name")
// that the programme and the statistics carry too; on a desk that set only the officer's
// organisation, that.
QString municipality();

} // namespace kotoplan::exportSettings
