// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Plan.h"

namespace kotoplan {

QString planKindKey(PlanKind kind)
{
    return kind == PlanKind::Review ? QStringLiteral("review") : QStringLiteral("first");
}

PlanKind planKindFromKey(const QString &key)
{
    return key == QLatin1String("review") ? PlanKind::Review : PlanKind::First;
}

QString planStatusKey(PlanStatus status)
{
    return status == PlanStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft");
}

PlanStatus planStatusFromKey(const QString &key)
{
    return key == QLatin1String("signed") ? PlanStatus::Signed : PlanStatus::Draft;
}

QString yesNoKey(YesNo value)
{
    switch (value) {
    case YesNo::Yes:
        return QStringLiteral("yes");
    case YesNo::No:
        return QStringLiteral("no");
    case YesNo::Unset:
        break;
    }
    return {};
}

YesNo yesNoFromKey(const QString &key)
{
    if (key == QLatin1String("yes"))
        return YesNo::Yes;
    if (key == QLatin1String("no"))
        return YesNo::No;
    return YesNo::Unset;
}

QString interpretingModeKey(InterpretingMode mode)
{
    switch (mode) {
    case InterpretingMode::OnSite:
        return QStringLiteral("on-site");
    case InterpretingMode::Phone:
        return QStringLiteral("phone");
    case InterpretingMode::Video:
        return QStringLiteral("video");
    case InterpretingMode::Unset:
        break;
    }
    return {};
}

InterpretingMode interpretingModeFromKey(const QString &key)
{
    if (key == QLatin1String("on-site"))
        return InterpretingMode::OnSite;
    if (key == QLatin1String("phone"))
        return InterpretingMode::Phone;
    if (key == QLatin1String("video"))
        return InterpretingMode::Video;
    return InterpretingMode::Unset;
}

} // namespace kotoplan
