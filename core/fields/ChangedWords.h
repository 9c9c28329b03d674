// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

namespace kotoplan {

// Which words of two versions of a text differ: the words of `before` that the new version no
// longer has, and the words of `after` that are new, found as the longest run of words both
// share in order. A long text then shows what changed in it, not one marked block.
struct ChangedWords
{
    struct Span
    {
        int start = 0;
        int length = 0;
        bool operator==(const Span &) const = default;
    };
    QList<Span> removed; // in before
    QList<Span> added;   // in after

    // Texts too long to compare word by word (over maxWords words each) come back with every
    // word marked.
    static ChangedWords between(const QString &before, const QString &after);
    static constexpr int maxWords = 3000;
};

} // namespace kotoplan
