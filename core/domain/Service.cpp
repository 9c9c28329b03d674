// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Service.h"

namespace kotoplan {

namespace {
// The asked language first, then English, Finnish and Swedish: a catalogue kept in one
// language still shows every entry.
QString pick(const QString &language, const QString &fi, const QString &sv, const QString &en)
{
    const QString asked = language == QLatin1String("fi")   ? fi
                          : language == QLatin1String("sv") ? sv
                                                            : en;
    for (const QString &text : {asked, en, fi, sv}) {
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    return {};
}
} // namespace

QString Service::name(const QString &language) const
{
    return pick(language, nameFi, nameSv, nameEn);
}

QString Service::description(const QString &language) const
{
    return pick(language, descriptionFi, descriptionSv, descriptionEn);
}

QString Service::followUp(const QString &language) const
{
    return pick(language, followUpFi, followUpSv, followUpEn);
}

} // namespace kotoplan
