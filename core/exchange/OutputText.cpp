// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/OutputText.h"

#include <QRegularExpression>

namespace kotoplan::outputText {

namespace {
bool isFormulaStart(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
    if (value.isEmpty() || number.match(value).hasMatch())
        return false;
    static const QString starts = QStringLiteral("=+-@\t\r");
    return starts.contains(value.at(0));
}

bool isUnsafeForTerminal(char16_t code)
{
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) ||
           (code >= 0x2066 && code <= 0x2069) || code == 0x2028 || code == 0x2029;
}
} // namespace

QString csvField(const QString &value)
{
    QString text = isFormulaStart(value) ? QLatin1Char('\'') + value : value;
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString forTerminal(const QString &value)
{
    QString shown;
    shown.reserve(value.size());
    for (const QChar ch : value) {
        if (isUnsafeForTerminal(ch.unicode()))
            shown += QStringLiteral("\\u{%1}").arg(
                QString::number(ch.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            shown += ch;
    }
    return shown;
}

} // namespace kotoplan::outputText
