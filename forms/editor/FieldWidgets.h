// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "fields/FieldSpec.h"

#include <QWidget>

namespace kotoplan::fieldWidgets {

// The input under `root` whose `field` property is `field` ("futureWish", "client.name").
QWidget *widgetFor(const QWidget *root, const QString &field);
// A plain field's value shown in its widget (a line edit, text edit or check box), and back as
// typed: text that is no date or month gives an empty one (the section reports it).
void show(QWidget *widget, FieldType type, const QVariant &value);
QVariant typed(const QWidget *widget, FieldType type);

// Fills every widget under `root` whose `field` property names a plain field of the table
// (`prefix` + key), from `value`.
template<typename T>
void fill(QWidget *root, const QList<FieldSpec<T>> &fields, const T &value,
          const QString &prefix = {})
{
    for (const FieldSpec<T> &field : fields) {
        if (field.widget != FieldWidget::Plain)
            continue;
        if (QWidget *widget = widgetFor(root, prefix + field.key))
            show(widget, field.type, field.get(value));
    }
}

// Reads what is typed in those widgets into `value`; fields without a widget here stay.
template<typename T>
void read(const QWidget *root, const QList<FieldSpec<T>> &fields, T &value,
          const QString &prefix = {})
{
    for (const FieldSpec<T> &field : fields) {
        if (field.widget != FieldWidget::Plain)
            continue;
        if (const QWidget *widget = widgetFor(root, prefix + field.key))
            field.set(value, typed(widget, field.type));
    }
}

} // namespace kotoplan::fieldWidgets
