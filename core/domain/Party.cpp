// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Party.h"

#include <QCoreApplication>
#include <QTranslator>

namespace kotoplan::party {

namespace {
struct Entry
{
    const char16_t *key;
    const char *source;
};

constexpr Entry entries[] = {
    {u"municipality", QT_TRANSLATE_NOOP("Party", "Municipality")},
    {u"employment-authority", QT_TRANSLATE_NOOP("Party", "Employment authority")},
    {u"wellbeing-county", QT_TRANSLATE_NOOP("Party", "Wellbeing services county")},
    {u"third-sector", QT_TRANSLATE_NOOP("Party", "Third sector (civic organisations)")},
    {u"education-provider", QT_TRANSLATE_NOOP("Party", "Education providers")},
    {u"parish", QT_TRANSLATE_NOOP("Party", "Parish")},
};

const Entry *find(const QString &key)
{
    for (const Entry &entry : entries) {
        if (key == QString::fromUtf16(entry.key))
            return &entry;
    }
    return nullptr;
}
} // namespace

QStringList keys()
{
    QStringList all;
    for (const Entry &entry : entries)
        all.append(QString::fromUtf16(entry.key));
    return all;
}

bool isKey(const QString &text)
{
    return find(text) != nullptr;
}

QString label(const QString &keyOrText)
{
    const Entry *entry = find(keyOrText);
    return entry ? QCoreApplication::translate("Party", entry->source) : keyOrText;
}

QString label(const QString &keyOrText, const QTranslator *translator)
{
    const Entry *entry = find(keyOrText);
    if (!entry)
        return keyOrText;
    const QString translated =
        translator ? translator->translate("Party", entry->source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(entry->source) : translated;
}

QString fromLabel(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Entry &entry : entries) {
        if (trimmed.compare(label(QString::fromUtf16(entry.key)), Qt::CaseInsensitive) == 0 ||
            trimmed.compare(QString::fromUtf8(entry.source), Qt::CaseInsensitive) == 0 ||
            trimmed == QString::fromUtf16(entry.key))
            return QString::fromUtf16(entry.key);
    }
    return trimmed;
}

} // namespace kotoplan::party
