// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/ChangedWords.h"

#include <QRegularExpression>

#include <vector>

namespace kotoplan {

namespace {

struct Word
{
    QString text;
    ChangedWords::Span span;
};

QList<Word> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<Word> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({match.captured(), {int(match.capturedStart()), int(match.capturedLength())}});
    }
    return words;
}

// Neighbouring marked words become one span, with the space between them marked too.
void append(QList<ChangedWords::Span> &spans, const ChangedWords::Span &span)
{
    if (!spans.isEmpty() && spans.last().start + spans.last().length + 1 >= span.start) {
        spans.last().length = span.start + span.length - spans.last().start;
        return;
    }
    spans.append(span);
}

} // namespace

ChangedWords ChangedWords::between(const QString &before, const QString &after)
{
    const QList<Word> from = wordsOf(before);
    const QList<Word> to = wordsOf(after);
    ChangedWords changed;
    if (from.size() > maxWords || to.size() > maxWords) {
        for (const Word &word : from)
            append(changed.removed, word.span);
        for (const Word &word : to)
            append(changed.added, word.span);
        return changed;
    }
    // common[i][j]: the longest run shared by from[i..] and to[j..].
    const qsizetype rows = from.size() + 1;
    const qsizetype columns = to.size() + 1;
    std::vector<int> common(size_t(rows * columns), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & {
        return common[size_t(i * columns + j)];
    };
    for (qsizetype i = from.size() - 1; i >= 0; --i) {
        for (qsizetype j = to.size() - 1; j >= 0; --j) {
            at(i, j) = from.at(i).text == to.at(j).text ? at(i + 1, j + 1) + 1
                                                        : qMax(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < from.size() && j < to.size()) {
        if (from.at(i).text == to.at(j).text) {
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(changed.removed, from.at(i++).span);
        } else {
            append(changed.added, to.at(j++).span);
        }
    }
    for (; i < from.size(); ++i)
        append(changed.removed, from.at(i).span);
    for (; j < to.size(); ++j)
        append(changed.added, to.at(j).span);
    return changed;
}

} // namespace kotoplan
