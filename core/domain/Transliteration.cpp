// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Transliteration.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace kotoplan {

namespace {

// Ukrainian passports (the Cabinet of Ministers' table of 2010); at the start of a word
// є ї й ю я are ye yi y yu ya.
const char16_t ukrainianRules[] =
    u"::Lower;"
    u"$start = [^[:L:]];"
    u"$start { є > ye; $start { ї > yi; $start { й > y; $start { ю > yu; $start { я > ya;"
    u"а > a; б > b; в > v; г > h; ґ > g; д > d; е > e; є > ie; ж > zh; з > z; и > y; і > i;"
    u"ї > i; й > i; к > k; л > l; м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u;"
    u"ф > f; х > kh; ц > ts; ч > ch; ш > sh; щ > shch; ь > ; ю > iu; я > ia; ’ > ; \\' > ;";

// Russian passports since 2013 (ICAO 9303).
const char16_t russianRules[] =
    u"::Lower;"
    u"а > a; б > b; в > v; г > g; д > d; е > e; ё > e; ж > zh; з > z; и > i; й > i; к > k;"
    u"л > l; м > m; н > n; о > o; п > p; р > r; с > s; т > t; у > u; ф > f; х > kh; ц > ts;"
    u"ч > ch; ш > sh; щ > shch; ъ > ie; ы > y; ь > ; э > e; ю > iu; я > ia;";

struct Transliterators
{
    std::unique_ptr<icu::Transliterator> general;
    std::unique_ptr<icu::Transliterator> ukrainian;
    std::unique_ptr<icu::Transliterator> russian;
};

std::unique_ptr<icu::Transliterator> fromRules(const char16_t *rules, const char *id)
{
    UParseError parseError;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createFromRules(
        icu::UnicodeString::fromUTF8(id), icu::UnicodeString(rules), UTRANS_FORWARD, parseError,
        status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
}

// ICU's transliterators are not to be shared between threads: one set a thread, made once.
const Transliterators &transliterators()
{
    thread_local const Transliterators made = [] {
        Transliterators all;
        UErrorCode status = U_ZERO_ERROR;
        all.general.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            all.general.reset();
        all.ukrainian = fromRules(ukrainianRules, "Kotoplan-UkrainianPassport");
        all.russian = fromRules(russianRules, "Kotoplan-RussianPassport");
        return all;
    }();
    return made;
}

QString apply(const icu::Transliterator *transliterator, const QString &text)
{
    if (!transliterator)
        return {};
    icu::UnicodeString value(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(value);
    return QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
}

bool hasScript(const QString &text, QChar::Script script)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [script](QChar ch) { return ch.script() == script; });
}

} // namespace

QStringList latinSpellings(const QString &name)
{
    const bool foreign = std::any_of(name.cbegin(), name.cend(), [](QChar ch) {
        return ch.isLetter() && ch.script() != QChar::Script_Latin &&
               ch.script() != QChar::Script_Common && ch.script() != QChar::Script_Inherited;
    });
    if (!foreign)
        return {};
    const Transliterators &all = transliterators();
    QStringList spellings;
    const auto add = [&spellings, &name](const QString &spelling) {
        const QString simplified = spelling.simplified();
        if (!simplified.isEmpty() && simplified != name && !spellings.contains(simplified))
            spellings.append(simplified);
    };
    add(apply(all.general.get(), name));
    if (hasScript(name, QChar::Script_Cyrillic)) {
        add(apply(all.ukrainian.get(), name));
        add(apply(all.russian.get(), name));
    }
    return spellings;
}

} // namespace kotoplan
