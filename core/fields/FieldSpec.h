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

// A plain text member: shown and carried over as it is.
template<typename T>
FieldSpec<T> textField(const char *key, const QString &label, QString T::*member)
{
    return {QString::fromLatin1(key), label, [member](const T &value) { return value.*member; },
            [member](T &to, const T &from) {
                to.*member = from.*member;
            }};
}

} // namespace kotoplan
