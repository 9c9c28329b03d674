// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kotoplan {

// Field 18 of the paper form: exactly one of nine choices, in the form's order.
enum class MainGoal
{
    None,
    WorkOrEntrepreneurship,
    Vocation,
    Literacy,
    BasicEducation,
    BasicLanguageSkills,
    OtherLanguageLevel, // carries a text: which level
    Rehabilitation,
    EverydayLife,
    Other, // carries a text: which goal
};

namespace mainGoal {

// The nine choices in the order of the form, without None.
QList<MainGoal> all();
// Stable key for the database and the export ("work", "vocation", …); empty for None.
QString key(MainGoal goal);
std::optional<MainGoal> fromKey(const QString &key);
// The two choices whose text field must be filled in.
bool needsText(MainGoal goal);
// Occupational goals (field 20) belong to work or entrepreneurship only.
bool allowsOccupation(MainGoal goal);
// The label of the choice in the UI language.
QString label(MainGoal goal);

} // namespace mainGoal
} // namespace kotoplan
