// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/FieldWidgets.h"

#include "domain/DateText.h"
#include "editor/FieldProblems.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kotoplan::fieldWidgets {

namespace {

QString shownText(FieldType type, const QVariant &value)
{
    switch (type) {
    case FieldType::Date:
        return dateText::displayDate(value.toDate());
    case FieldType::Month:
        return dateText::formatYearMonth(YearMonth::fromIso(value.toString()));
    case FieldType::List:
        return value.toStringList().join(QStringLiteral(", "));
    case FieldType::Text:
    case FieldType::Flag:
    case FieldType::Custom:
        break;
    }
    return value.toString();
}

QVariant typedValue(FieldType type, const QString &text)
{
    switch (type) {
    case FieldType::Date:
        return dateText::parseDate(text).value_or(QDate());
    case FieldType::Month:
        return dateText::parseYearMonth(text).value_or(YearMonth{}).toIso();
    case FieldType::List: {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }
    case FieldType::Text:
    case FieldType::Flag:
    case FieldType::Custom:
        break;
    }
    return text;
}

} // namespace

QWidget *widgetFor(const QWidget *root, const QString &field)
{
    return FieldProblems::inputFor(const_cast<QWidget *>(root), field);
}

void show(QWidget *widget, FieldType type, const QVariant &value)
{
    if (auto *check = qobject_cast<QCheckBox *>(widget))
        check->setChecked(value.toBool());
    else if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setText(shownText(type, value));
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setPlainText(shownText(type, value));
}

QVariant typed(const QWidget *widget, FieldType type)
{
    if (const auto *check = qobject_cast<const QCheckBox *>(widget))
        return check->isChecked();
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return typedValue(type, line->text());
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return typedValue(type, text->toPlainText());
    return {};
}

} // namespace kotoplan::fieldWidgets
