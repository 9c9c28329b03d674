// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// kotoplan pdf: the paper says what it is, signed or draft, in each print language.
#include "CliRunner.h"
#include "PdfTools.h"
#include "TestSupport.h"
#include "domain/Clock.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// A desk of its own: the officer, the organisation and the municipality in its settings.
test::CliRun runOnDesk(const QTemporaryDir &desk, const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), desk.path());
    return test::runKotoplan(arguments, environment);
}

void writeDeskSettings(const QTemporaryDir &desk)
{
    QDir(desk.path()).mkpath(QStringLiteral("Kotoplan"));
    REQUIRE(test::writeFile(desk.filePath(QStringLiteral("Kotoplan/Kotoplan.conf")),
                            "[officer]\nname=Aino Officer\norganisation=Vaasan kaupunki\n"
                            "[municipality]\nname=Vaasa\n"));
}

struct Marks
{
    const char *language;
    QString draft;
    QString signedLine;
    QString officerSignature;
};

} // namespace

TEST_CASE("kotoplan pdf marks a draft on every page and a signed plan with its signing",
          "[cli][print]")
{
    QTemporaryDir desk;
    writeDeskSettings(desk);
    test::TempDatabase db;
    Plan draft;
    Plan signedPlan;
    {
        const FixedClock clock(QDate(2025, 4, 3));
        draft = test::storeFullCase(db.connection());
        signedPlan = test::storeSignedCase(db.connection());
    }
    const QList<Marks> marks = {
        {"en", QStringLiteral("DRAFT — not signed"),
         QStringLiteral("Signed on 2.4.2025 by Liisa Virtanen"),
         QStringLiteral("Officer's signature")},
        {"fi", QStringLiteral("LUONNOS — ei allekirjoitettu"),
         QStringLiteral("Allekirjoitettu 2.4.2025, kirjannut Liisa Virtanen"),
         QStringLiteral("Viranhaltijan allekirjoitus")},
        {"sv", QStringLiteral("UTKAST — inte undertecknad"),
         QStringLiteral("Undertecknad 2.4.2025, registrerad av Liisa Virtanen"),
         QStringLiteral("Tjänsteinnehavarens underskrift")},
    };
    QTemporaryDir out;
    for (const Marks &mark : marks) {
        const QString language = QString::fromLatin1(mark.language);
        INFO("print language " << mark.language);
        const QString draftPdf = out.filePath(QStringLiteral("draft-%1.pdf").arg(language));
        const test::CliRun printed = runOnDesk(
            desk, {QStringLiteral("pdf"), QStringLiteral("--database"), db.location(),
                   QStringLiteral("--plan"), QString::number(draft.id), QStringLiteral("--out"),
                   draftPdf, QStringLiteral("--lang"), language});
        REQUIRE(printed.exitCode == 0);
        const int pages = test::pdfInfo(draftPdf, QStringLiteral("Pages")).toInt();
        REQUIRE(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page);
            CHECK(test::pdfText(draftPdf, page, page).contains(mark.draft));
        }
        const QString draftText = test::pdfText(draftPdf);
        // The municipality heads each page; the officer at this desk is pre-printed.
        CHECK(draftText.count(QStringLiteral("Vaasa – Nguyễn Thị Hương")) == pages);
        CHECK(draftText.contains(QStringLiteral("Aino Officer")));
        CHECK(draftText.contains(QStringLiteral("Vaasan kaupunki")));
        test::savePagePictures(draftPdf, QStringLiteral("paper-draft-%1").arg(language));

        const QString signedPdf = out.filePath(QStringLiteral("signed-%1.pdf").arg(language));
        REQUIRE(runOnDesk(desk,
                          {QStringLiteral("pdf"), QStringLiteral("--database"), db.location(),
                           QStringLiteral("--plan"), QString::number(signedPlan.id),
                           QStringLiteral("--out"), signedPdf, QStringLiteral("--lang"), language})
                    .exitCode == 0);
        const QString signedText = test::pdfText(signedPdf);
        CHECK(signedText.contains(mark.signedLine));
        CHECK_FALSE(signedText.contains(mark.draft));
        // The signing line stands near the signatures: after the block's heading.
        CHECK(signedText.indexOf(mark.signedLine) < signedText.indexOf(mark.officerSignature));
        test::savePagePictures(signedPdf, QStringLiteral("paper-signed-%1").arg(language));
    }
}
