// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

namespace kotoplan {

// One field of the paper form on a value type: how a reader sees it, and how to carry it from
// one version to another. Comparing versions and settling a save conflict share the table.
template<typename T> struct FieldSpec
{
    QString key;   // as in form-fields.md: "futureWish", "subGoals", …
    QString label; // in the UI language
    std::function<QString(const T &)> text;
    std::function<void(T &to, const T &from)> take;
};

} // namespace kotoplan
