// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "settings/ExportSettings.h"

#include "i18n/Translations.h"
#include "settings/Municipality.h"
#include "settings/OfficerSettings.h"

#include <QSettings>

namespace kotoplan::exportSettings {

namespace {
const QString languageKey = QStringLiteral("export/language");
const QString officialLanguageKey = QStringLiteral("municipality/language");
const QString receiversKey = QStringLiteral("export/receivers");
constexpr qsizetype maxReceivers = 10;
} // namespace

QString language()
{
    const QSettings settings;
    for (const QString &key : {languageKey, officialLanguageKey}) {
        const QString code = settings.value(key).toString();
        if (translations::languages().contains(code))
            return code;
    }
    return QStringLiteral("fi");
}

void setLanguage(const QString &code)
{
    if (translations::languages().contains(code))
        QSettings().setValue(languageKey, code);
}

QStringList receivers()
{
    return QSettings().value(receiversKey).toStringList();
}

void rememberReceiver(const QString &receiver)
{
    const QString trimmed = receiver.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = receivers();
    list.removeAll(trimmed);
    list.prepend(trimmed);
    QSettings().setValue(receiversKey, list.mid(0, maxReceivers));
}

QString municipality()
{
    const QString name = municipality::name();
    return name.isEmpty() ? officer::organisation() : name;
}

} // namespace kotoplan::exportSettings
