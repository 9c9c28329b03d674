// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Paper in one language: a service picked from the catalogue prints under its name in the print
// language, whatever language it was picked in; so do the responsible parties.
#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "print/ClientCopyDocument.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "print/PrintLanguage.h"
#include "stores/ServiceCatalogue.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

QList<qint64> planIds(QSqlDatabase db)
{
    QList<qint64> ids;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM plan ORDER BY id")));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString printedText(QSqlDatabase db, qint64 planId, const QString &language,
                    const QTemporaryDir &dir, bool clientCopy = false)
{
    const QString path = dir.filePath(QStringLiteral("plan-%1-%2-%3.pdf")
                                          .arg(planId)
                                          .arg(language)
                                          .arg(clientCopy ? QStringLiteral("copy") : QString()));
    if (clientCopy) {
        const std::optional<ClientCopyDocument> copy =
            ClientCopyDocument::load(db, planId, language);
        REQUIRE(copy);
        REQUIRE(PdfWriter::write(*copy, path).ok);
    } else {
        const std::optional<PlanDocument> document = PlanDocument::load(db, planId, language);
        REQUIRE(document);
        REQUIRE(PdfWriter::write(*document, path).ok);
    }
    // Drawn order keeps a table cell's lines together, so a name that wraps is still found.
    return test::joinHyphens(test::pdfDrawnText(path));
}

} // namespace

TEST_CASE("The Finnish and Swedish printouts of every demo plan and its client's copy name no "
          "service in English",
          "[pdf][catalogue]")
{
    const bool clientCopy = GENERATE(false, true);
    INFO((clientCopy ? "the client's copy" : "the form"));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 6).error.isEmpty());
    const QList<Service> services = ServiceCatalogue(db.connection()).list();
    const QList<qint64> plans = planIds(db.connection());
    REQUIRE(plans.size() >= 6);
    QTemporaryDir dir;
    int englishNamesInEnglish = 0;
    for (const qint64 planId : plans) {
        INFO("plan " << planId);
        for (const QString &language : {QStringLiteral("fi"), QStringLiteral("sv")}) {
            INFO("printed in " << language.toStdString());
            const QString text = printedText(db.connection(), planId, language, dir, clientCopy);
            for (const Service &service : services) {
                if (service.nameEn == service.name(language))
                    continue;
                INFO(service.nameEn.toStdString());
                CHECK_FALSE(text.contains(test::joinHyphens(service.nameEn)));
            }
            CHECK_FALSE(text.contains(QStringLiteral("Employment authority")));
        }
        // The English printout of the same plan names them in English: the check above can fail.
        const QString english =
            printedText(db.connection(), planId, QStringLiteral("en"), dir, clientCopy);
        for (const Service &service : services)
            englishNamesInEnglish += english.contains(test::joinHyphens(service.nameEn)) ? 1 : 0;
    }
    CHECK(englishNamesInEnglish > 0);
}

TEST_CASE("A service picked in English prints in Finnish, a measure typed over it as typed",
          "[pdf][catalogue]")
{
    test::TempDatabase db;
    const QList<Service> guidance =
        ServiceCatalogue(db.connection()).search(QStringLiteral("Guidance and counselling"));
    REQUIRE(guidance.size() == 1);
    Plan plan = test::fullPlan(1);
    plan.subGoals = {{QStringLiteral("Knows the services"), guidance.first().nameEn,
                      guidance.first().id, QStringLiteral("Municipality"), QStringLiteral("2025")},
                     {QStringLiteral("Own words"), QStringLiteral("Guidance at home"), 0,
                      QStringLiteral("Kunta"), QStringLiteral("2026")}};
    PlanDocument document(plan, test::fullClient(), QStringLiteral("fi"));
    document.setServices(guidance);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.pdf"));
    REQUIRE(PdfWriter::write(document, path).ok);
    test::savePagePictures(path, QStringLiteral("service-printed-in-finnish"));
    const QString text = test::joinHyphens(test::pdfDrawnText(path));
    CHECK(text.contains(test::joinHyphens(guidance.first().nameFi)));
    CHECK_FALSE(text.contains(guidance.first().nameEn));
    CHECK(text.contains(QStringLiteral("Guidance at home")));
    // "Municipality" and "Kunta" are the same party, named in Finnish.
    CHECK_FALSE(text.contains(QStringLiteral("Municipality")));
}

TEST_CASE("Languages print in the print language with the client's own name, right-to-left "
          "names isolated",
          "[pdf]")
{
    const QString arabic = QStringLiteral("العربية");
    CHECK(PrintLanguage(QStringLiteral("fi")).languageName(QStringLiteral("ar")) ==
          QStringLiteral("arabia – ") + QChar(0x2068) + arabic + QChar(0x2069));
    CHECK(PrintLanguage(QStringLiteral("sv")).languageName(QStringLiteral("en")) ==
          QStringLiteral("engelska – English"));
    CHECK(PrintLanguage(QStringLiteral("fi")).languageName(QStringLiteral("fi")) ==
          QStringLiteral("suomi"));
    CHECK(PrintLanguage(QStringLiteral("en")).languageName(QStringLiteral("vi")) ==
          QStringLiteral("Vietnamese – Tiếng Việt"));

    Client client = test::fullClient();
    client.motherTongues = {QStringLiteral("ar"), QStringLiteral("vi")};
    client.contactLanguage = QStringLiteral("en");
    Plan plan = test::fullPlan(1);
    plan.interpreterLanguage = QStringLiteral("ar");
    QTemporaryDir dir;
    const QHash<QString, QStringList> expected{
        {QStringLiteral("fi"),
         {QStringLiteral("arabia – ") + arabic, QStringLiteral("englanti – English")}},
        {QStringLiteral("sv"),
         {QStringLiteral("arabiska – ") + arabic, QStringLiteral("engelska – English")}},
        {QStringLiteral("en"), {QStringLiteral("Arabic – ") + arabic, QStringLiteral("English")}}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        const QString path = dir.filePath(it.key() + QStringLiteral(".pdf"));
        REQUIRE(PdfWriter::write(PlanDocument(plan, client, it.key()), path).ok);
        test::savePagePictures(path, QStringLiteral("languages-named-") + it.key());
        const QString text = test::pdfText(path, 0, 0, true);
        for (const QString &name : it.value())
            CHECK(text.contains(name));
        CHECK_FALSE(text.contains(QStringLiteral("(ar)")));
        CHECK_FALSE(text.contains(QStringLiteral(")ar")));
        CHECK_FALSE(text.contains(QStringLiteral("(en)")));
    }
}

TEST_CASE("A long word in a narrow column of the sub-goal table is not broken inside", "[pdf]")
{
    Plan plan = test::fullPlan(1);
    for (SubGoal &subGoal : plan.subGoals)
        subGoal.responsible = QStringLiteral("employment-authority");
    const PlanDocument document(plan, test::fullClient(), QStringLiteral("fi"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.pdf"));
    REQUIRE(PdfWriter::write(document, path).ok);
    test::savePagePictures(path, QStringLiteral("words-whole"));
    // The responsible party's column widens for "Työvoimaviranomainen" instead of breaking it.
    CHECK(test::pdfText(path).count(QStringLiteral("Työvoimaviranomainen")) >= 2);
}
