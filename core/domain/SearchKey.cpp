// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/SearchKey.h"

#include "domain/DateText.h"
#include "domain/Transliteration.h"

#include <QRegularExpression>

namespace kotoplan {

QString searchKey(const QString &text)
{
    // Letters that Unicode does not decompose but that officers type without the stroke.
    static const QList<std::pair<QChar, QLatin1String>> plainLetters = {
        {QChar(0x0131), QLatin1String("i")},  // ı dotless i (Turkish)
        {QChar(0x00F8), QLatin1String("o")},  // ø
        {QChar(0x00D8), QLatin1String("o")},  // Ø
        {QChar(0x0142), QLatin1String("l")},  // ł
        {QChar(0x0141), QLatin1String("l")},  // Ł
        {QChar(0x0111), QLatin1String("d")},  // đ (Vietnamese)
        {QChar(0x0110), QLatin1String("d")},  // Đ
        {QChar(0x00E6), QLatin1String("ae")}, // æ
        {QChar(0x00C6), QLatin1String("ae")}, // Æ
    };
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const auto plain = std::find_if(plainLetters.begin(), plainLetters.end(),
                                        [ch](const auto &entry) { return entry.first == ch; });
        if (plain != plainLetters.end())
            key.append(plain->second);
        else
            key.append(ch);
    }
    return key.toCaseFolded().simplified();
}

QString nameSearchKey(const QString &name)
{
    QString key = searchKey(name);
    for (const QString &spelling : latinSpellings(name)) {
        const QString extra = searchKey(spelling);
        if (!key.contains(extra))
            key += QStringLiteral(" | ") + extra;
    }
    return key;
}

SearchTerms SearchTerms::parse(const QString &text)
{
    SearchTerms terms;
    const QString trimmed = text.trimmed();
    terms.nameKey = searchKey(trimmed);

    static const QRegularExpression year(QStringLiteral("^(19|20)[0-9]{2}$"));
    if (year.match(trimmed).hasMatch()) {
        terms.birthPrefix = trimmed;
    } else if (const std::optional<QDate> date = dateText::parseDate(trimmed);
               date && date->isValid()) {
        terms.birthPrefix = date->toString(Qt::ISODate);
    }
    return terms;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace kotoplan
