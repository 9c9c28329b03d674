// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/SafeFileName.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace kotoplan {

namespace {
bool isForbidden(QChar ch)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    const QChar::Category category = ch.category();
    return forbidden.contains(ch) || category == QChar::Other_Control ||
           category == QChar::Other_Format || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

bool isReservedOnWindows(const QString &stem)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$"),
        QRegularExpression::CaseInsensitiveOption);
    return reserved.match(stem.section(QLatin1Char('.'), 0, 0).trimmed()).hasMatch();
}
} // namespace

QString safeFileName(const QString &name, const QString &suffix, int maxBytes)
{
    // NFC: the same name typed on different systems gives the same file name.
    const QString normalised = name.normalized(QString::NormalizationForm_C);
    QString cleaned;
    cleaned.reserve(normalised.size());
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        const QChar ch = normalised.at(i);
        if (ch.isHighSurrogate() && i + 1 < normalised.size() &&
            normalised.at(i + 1).isLowSurrogate()) {
            cleaned += ch;
            cleaned += normalised.at(++i);
        } else if (ch.isSurrogate())
            cleaned += QLatin1Char('_'); // half a character: no file system takes it
        else if (ch.isSpace())
            cleaned += QLatin1Char(' ');
        else if (isForbidden(ch))
            cleaned += QLatin1Char('_');
        else
            cleaned += ch;
    }
    cleaned = cleaned.simplified();

    // Cut at a grapheme boundary, so no letter loses its accent or a surrogate its pair.
    const int budget = maxBytes - int(suffix.toUtf8().size());
    if (cleaned.toUtf8().size() > budget) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, cleaned);
        qsizetype cut = 0;
        for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
            if (QStringView(cleaned).left(next).toUtf8().size() > budget)
                break;
            cut = next;
        }
        cleaned.truncate(cut);
    }
    while (!cleaned.isEmpty() &&
           (cleaned.endsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char(' ')) ||
            cleaned.startsWith(QLatin1Char('.')))) {
        if (cleaned.startsWith(QLatin1Char('.')))
            cleaned.remove(0, 1);
        else
            cleaned.chop(1);
    }
    if (cleaned.isEmpty())
        cleaned = QStringLiteral("plan");
    if (isReservedOnWindows(cleaned))
        cleaned.prepend(QLatin1Char('_'));
    return cleaned + suffix;
}

} // namespace kotoplan
