// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace kotoplan {

// Names are searched without case and accents: "muller" finds Müller, "sen" finds Şen.
QString searchKey(const QString &text);
// The key a client's name is stored with: searchKey() of the name, then of its Latin spellings
// when it is written in another script (latinSpellings()), so that "andrii" finds Андрій.
// Computed once when the name is stored; what is typed is searched with searchKey() alone.
QString nameSearchKey(const QString &name);

// What the officer typed into the search box: a part of a name, or a date of birth
// (23.11.1985, 1985-11-23) or its year.
struct SearchTerms
{
    QString nameKey;     // searchKey() of the text
    QString birthPrefix; // ISO prefix of a date of birth, empty when the text is no date
    bool isEmpty() const { return nameKey.isEmpty() && birthPrefix.isEmpty(); }

    static SearchTerms parse(const QString &text);
};

// Escapes % and _ for a LIKE pattern with ESCAPE '\'.
QString escapeLike(const QString &text);

} // namespace kotoplan
