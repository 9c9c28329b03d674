// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/MainGoal.h"

#include <QCoreApplication>

namespace kotoplan::mainGoal {

namespace {
struct Entry
{
    MainGoal goal;
    const char16_t *key;
};

constexpr Entry entries[] = {
    {MainGoal::WorkOrEntrepreneurship, u"work"},
    {MainGoal::Vocation, u"vocation"},
    {MainGoal::Literacy, u"literacy"},
    {MainGoal::BasicEducation, u"basic-education"},
    {MainGoal::BasicLanguageSkills, u"basic-language"},
    {MainGoal::OtherLanguageLevel, u"other-language-level"},
    {MainGoal::Rehabilitation, u"rehabilitation"},
    {MainGoal::EverydayLife, u"everyday-life"},
    {MainGoal::Other, u"other"},
};
} // namespace

QList<MainGoal> all()
{
    QList<MainGoal> goals;
    for (const Entry &entry : entries)
        goals.append(entry.goal);
    return goals;
}

QString key(MainGoal goal)
{
    for (const Entry &entry : entries) {
        if (entry.goal == goal)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

std::optional<MainGoal> fromKey(const QString &text)
{
    if (text.isEmpty())
        return MainGoal::None;
    for (const Entry &entry : entries) {
        if (text == QString::fromUtf16(entry.key))
            return entry.goal;
    }
    return std::nullopt;
}

bool needsText(MainGoal goal)
{
    return goal == MainGoal::OtherLanguageLevel || goal == MainGoal::Other;
}

bool allowsOccupation(MainGoal goal)
{
    return goal == MainGoal::WorkOrEntrepreneurship;
}

QString label(MainGoal goal)
{
    switch (goal) {
    case MainGoal::None:
        return QCoreApplication::translate("MainGoal", "Not chosen");
    case MainGoal::WorkOrEntrepreneurship:
        return QCoreApplication::translate("MainGoal", "Work or entrepreneurship");
    case MainGoal::Vocation:
        return QCoreApplication::translate("MainGoal", "A vocation");
    case MainGoal::Literacy:
        return QCoreApplication::translate("MainGoal", "Literacy");
    case MainGoal::BasicEducation:
        return QCoreApplication::translate("MainGoal", "Basic education");
    case MainGoal::BasicLanguageSkills:
        return QCoreApplication::translate("MainGoal",
                                           "Working basic skills in Finnish or Swedish");
    case MainGoal::OtherLanguageLevel:
        return QCoreApplication::translate("MainGoal",
                                           "Another level of Finnish or Swedish, which");
    case MainGoal::Rehabilitation:
        return QCoreApplication::translate("MainGoal", "Rehabilitation");
    case MainGoal::EverydayLife:
        return QCoreApplication::translate("MainGoal", "Managing everyday life independently");
    case MainGoal::Other:
        return QCoreApplication::translate("MainGoal", "Another main goal, which");
    }
    return {};
}

} // namespace kotoplan::mainGoal
