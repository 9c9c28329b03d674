// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace kotoplan::party {

// The parties the integration programme names as responsible or cooperating, stored by key so
// that each officer and each printout reads them in its own language:
// "municipality", "employment-authority", "wellbeing-county", "third-sector",
// "education-provider", "parish".
QStringList keys();
bool isKey(const QString &text);
// The party's name in the UI language; a text that is no key is the municipality's own
// wording and shown as it is.
QString label(const QString &keyOrText);
// The same through a translator (for a printout in another language); null means English.
QString label(const QString &keyOrText, const QTranslator *translator);
// The key of a typed label in the UI language or English, else the text itself.
QString fromLabel(const QString &text);

} // namespace kotoplan::party
