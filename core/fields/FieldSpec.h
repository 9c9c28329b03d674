// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "domain/DateText.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace kotoplan {

// How the storage, the exchange file and the editor carry a field. The plain kinds are carried
// by one generic rule per layer; a Custom field has its own code in each layer (see the README).
enum class FieldType
{
    Text,   // QString; a text column, a JSON string, a line or text edit
    Date,   // QDate; ISO text, an ISO string or null, "23.11.2026" typed
    Flag,   // bool; an integer 0 or 1, true or false, a check box
    Month,  // YearMonth, carried as "2024-05"; typed "5/2024"
    List,   // QStringList; rows of a table of its own, a JSON list, typed "a, b"
    Custom, // anything else: participants, choices, the meeting, the signing
};

// Who fills the field's widget (the one whose `field` property names the key) in the editor.
enum class FieldWidget
{
    Plain,   // the section's generic code, by the field's type
    Section, // the section's own code: radio groups, tables, two widgets for one value
    None,    // no widget: recorded elsewhere (the signing)
};

// One field of the paper form on a value type, declared once: how a reader sees it, how it is
// carried from one version to another, where it is stored, its key in the exchange file and
// who fills its widget. Comparing versions, settling a save conflict, the stores, the exchange
// file and the editor's sections all follow this table.
template<typename T> struct FieldSpec
{
    QString key;   // as in form-fields.md: "futureWish", "subGoals", …; also the widget's `field`
    QString label; // in the UI language
    std::function<QString(const T &)> text;
    std::function<void(T &to, const T &from)> take;

    FieldType type = FieldType::Custom;
    // Plain kinds: the value as a QVariant of the type's C++ type (see FieldType).
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;

    // Storage: the columns of the record's own table, in the order of toSql/fromSql; or, with
    // rowTable set, the column of that table that holds one item per row.
    QStringList columns;
    QString rowTable;
    std::function<QVariantList(const T &)> toSql;           // Custom fields in the record's table
    std::function<void(T &, const QVariantList &)> fromSql; // the same columns read back

    QString jsonKey;         // the key in the exchange file's object of the record
    bool required = false;   // the exchange file must hold it
    bool healthData = false; // exported only when asked for (special category of data)
    FieldWidget widget = FieldWidget::Plain;
};

namespace fieldSpec {

template<typename T, typename V>
FieldSpec<T> plain(FieldType type, const char *key, const QString &label, const char *column,
                   V T::*member, std::function<QString(const V &)> text)
{
    FieldSpec<T> spec;
    spec.key = QString::fromLatin1(key);
    spec.label = label;
    spec.text = [member, text](const T &value) {
        return text(value.*member);
    };
    spec.take = [member](T &to, const T &from) {
        to.*member = from.*member;
    };
    spec.type = type;
    spec.get = [member](const T &value) {
        return QVariant::fromValue(value.*member);
    };
    spec.set = [member](T &value, const QVariant &variant) {
        value.*member = variant.value<V>();
    };
    spec.columns = {QString::fromLatin1(column)};
    spec.jsonKey = spec.key;
    return spec;
}

} // namespace fieldSpec

// A plain text member, stored in `column`: shown and carried over as it is.
template<typename T>
FieldSpec<T> textField(const char *key, const QString &label, const char *column,
                       QString T::*member)
{
    return fieldSpec::plain<T, QString>(FieldType::Text, key, label, column, member,
                                        [](const QString &value) { return value; });
}

template<typename T>
FieldSpec<T> dateField(const char *key, const QString &label, const char *column, QDate T::*member)
{
    return fieldSpec::plain<T, QDate>(
        FieldType::Date, key, label, column, member,
        [](const QDate &value) { return dateText::formatDate(value); });
}

template<typename T>
FieldSpec<T> flagField(const char *key, const QString &label, const char *column, bool T::*member,
                       std::function<QString(const bool &)> text)
{
    return fieldSpec::plain<T, bool>(FieldType::Flag, key, label, column, member, std::move(text));
}

template<typename T>
FieldSpec<T> monthField(const char *key, const QString &label, const char *column,
                        YearMonth T::*member)
{
    FieldSpec<T> spec = fieldSpec::plain<T, YearMonth>(
        FieldType::Month, key, label, column, member,
        [](const YearMonth &value) { return dateText::formatYearMonth(value); });
    spec.get = [member](const T &value) {
        return QVariant((value.*member).toIso());
    };
    spec.set = [member](T &value, const QVariant &variant) {
        value.*member = YearMonth::fromIso(variant.toString());
    };
    return spec;
}

// A list kept in `rowTable`, one item a row in `column`.
template<typename T>
FieldSpec<T> listField(const char *key, const QString &label, const char *rowTable,
                       const char *column, QStringList T::*member,
                       std::function<QString(const QStringList &)> text)
{
    FieldSpec<T> spec =
        fieldSpec::plain<T, QStringList>(FieldType::List, key, label, column, member, text);
    spec.rowTable = QString::fromLatin1(rowTable);
    return spec;
}

} // namespace kotoplan
