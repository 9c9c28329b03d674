// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "print/SafeFileName.h"

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("File names keep every script and lose what a file system refuses", "[files]")
{
    const QString pdf = QStringLiteral(".pdf");
    CHECK(safeFileName(QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), pdf) ==
          QStringLiteral("a_b_c_d_e_f_g_h_i_j.pdf"));
    CHECK(safeFileName(QStringLiteral("tab\there\nnew\x01line"), pdf) ==
          QStringLiteral("tab here new_line.pdf"));
    CHECK(safeFileName(QStringLiteral("  ..hidden. . "), pdf) == QStringLiteral("hidden.pdf"));
    CHECK(safeFileName(QStringLiteral("CON"), pdf) == QStringLiteral("_CON.pdf"));
    CHECK(safeFileName(QStringLiteral("lpt1.txt"), pdf) == QStringLiteral("_lpt1.txt.pdf"));
    CHECK(safeFileName(QStringLiteral("///"), pdf) == QStringLiteral("___.pdf"));
    CHECK(safeFileName(QString(), pdf) == QStringLiteral("plan.pdf"));
    for (const test::ScriptSample &sample : test::scriptSamples()) {
        INFO(sample.script);
        CHECK(safeFileName(sample.text, pdf) == sample.text + pdf);
    }
    // Decomposed input comes out composed, the same bytes whichever system typed it.
    CHECK(safeFileName(QStringLiteral("Zso\u0301fia"), pdf) == QStringLiteral("Zsófia.pdf"));
}

TEST_CASE("Long names are cut between letters to fit every file system", "[files]")
{
    const QString amharic = QString(120, QChar(0x12E8)); // 3 bytes each in UTF-8
    const QString cut = safeFileName(amharic, QStringLiteral(".pdf"));
    CHECK(cut.toUtf8().size() <= 200);
    CHECK(cut.endsWith(QStringLiteral(".pdf")));
    CHECK(cut.chopped(4) == QString(65, QChar(0x12E8)));

    // A letter with its combining mark stays whole; so does a character outside the BMP.
    QString combined;
    for (int i = 0; i < 100; ++i)
        combined += QStringLiteral("e\u0308\u0301"); // no precomposed form with both marks
    const QString cutCombined = safeFileName(combined, QStringLiteral(".pdf"), 50);
    CHECK(cutCombined.toUtf8().size() <= 50);
    // NFC makes e + diaeresis one letter and keeps the acute: 4 bytes a letter.
    CHECK(cutCombined == QStringLiteral("\u00EB\u0301").repeated(11) + QStringLiteral(".pdf"));
    QString astral;
    for (int i = 0; i < 60; ++i)
        astral += QString::fromUcs4(U"\U00020BB7"); // 𠮷, a surrogate pair, 4 bytes in UTF-8
    const QString cutAstral = safeFileName(astral, QStringLiteral(".pdf"), 50);
    CHECK(cutAstral == QString::fromUcs4(U"\U00020BB7").repeated(11) + QStringLiteral(".pdf"));
    CHECK(safeFileName(QString(2, QChar(0xD83D)), QStringLiteral(".pdf")) ==
          QStringLiteral("__.pdf"));
}
