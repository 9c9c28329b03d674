// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The printed plan as a person sees it: the PDF read back with poppler and qpdf.
#include "PdfTools.h"
#include "TestSupport.h"
#include "domain/ClientCodes.h"
#include "i18n/Translations.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "print/PrintLanguage.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// One label of every field of the form, in its order (form-fields.md): Swedish is the form's
// own wording.
QStringList formLabels(const QString &language)
{
    if (language == QLatin1String("sv")) {
        return {
            QStringLiteral("Integrationsplan för invandrare utanför arbetskraften"),
            QStringLiteral("I utarbetandet av denna integrationsplan deltar förutom kunden"),
            QStringLiteral("Namn"),
            QStringLiteral("Organisation"),
            QStringLiteral("Tolk på plats"),
            QStringLiteral("Ja"),
            QStringLiteral("Nej"),
            QStringLiteral("Datum för utarbetande/översyn av integrationsplan"),
            QStringLiteral("Kundens personuppgifter"),
            QStringLiteral("Namn"),
            QStringLiteral("Födelsedatum"),
            QStringLiteral("Samtliga modersmål"),
            QStringLiteral("Medborgarskap"),
            QStringLiteral("Kontaktspråk"),
            QStringLiteral("Adress"),
            QStringLiteral("Postnummer och postanstalt"),
            QStringLiteral("Telefonnummer"),
            QStringLiteral("E-postadress"),
            QStringLiteral("När kom kunden till Finland (månad/år)?"),
            QStringLiteral("Datum för utfärdande av första uppehållstillstånd eller "
                           "uppehållskort eller registrering av uppehållsrätt"),
            QStringLiteral("Det har gått mindre än 3 år sedan ovan nämnda tidpunkt och därmed "
                           "kan en integrationsplan utarbetas för kunden."),
            QStringLiteral("Det här är:"),
            QStringLiteral("den första integrationsplanen"),
            QStringLiteral("en översyn av integrationsplanen. Datum för den första "
                           "integrationsplanen"),
            QStringLiteral("Sammanfattning av kundens livssituation och kompetens"),
            QStringLiteral("Framtidens önskan med egna ord. En hurdan vardag vill kunden leva om "
                           "till exempel fem år"),
            QStringLiteral("Huvudmålet för kundens integrationsplan är (välj en)"),
            QStringLiteral("arbete eller företagande"),
            QStringLiteral("ett yrke"),
            QStringLiteral("läs- och skrivkunnighet"),
            QStringLiteral("grundläggande utbildning"),
            QStringLiteral("fungerande grundläggande kunskaper i finska/svenska"),
            QStringLiteral("annan kunskapsnivå i finska/svenska, vilken"),
            QStringLiteral("rehabilitering"),
            QStringLiteral("självständig vardagshantering"),
            QStringLiteral("Annat huvudmål, vilket?"),
            QStringLiteral("Mer information om huvudmålet"),
            QStringLiteral("Om det huvudsakliga målet är sysselsättning eller företagande: "
                           "primära och alternativa yrkesmål"),
            QStringLiteral("Studieplan för språk"),
            QStringLiteral("Annan studieplan"),
            QStringLiteral("Andra långsiktiga integrationsfrämjande åtgärder"),
            QStringLiteral("Delmålen för de följande 12 månaderna och de tillhörande åtgärder"),
            QStringLiteral("Delmål"),
            QStringLiteral("Åtgärd"),
            QStringLiteral("Ansvarig instans"),
            QStringLiteral("Tidsplan"),
            QStringLiteral("Har man med kunden diskuterat de rättigheter och skyldigheter som "
                           "gäller integrationsplanen och fortsättningen?"),
            QStringLiteral("De överenskomna frågorna har gåtts igenom med kunden så att hen "
                           "förstår dem."),
            QStringLiteral("Av kunden förväntas följande"),
            QStringLiteral("Kommunen förbinder sig till följande"),
            QStringLiteral("Nästa möte"),
            QStringLiteral("Ort och datum"),
            QStringLiteral("Kundens underskrift"),
            QStringLiteral("Tjänsteinnehavarens underskrift"),
            QStringLiteral("Tolkens underskrift"),
        };
    }
    if (language == QLatin1String("fi")) {
        return {
            QStringLiteral("Kotoutumissuunnitelma työvoiman ulkopuolella oleville "
                           "maahanmuuttajille"),
            QStringLiteral("Suunnitelman laatimiseen osallistuvat asiakkaan lisäksi"),
            QStringLiteral("Nimi"),
            QStringLiteral("Organisaatio"),
            QStringLiteral("Tulkki paikalla"),
            QStringLiteral("Kyllä"),
            QStringLiteral("Ei"),
            QStringLiteral("Suunnitelman laatimis-/tarkistuspäivä"),
            QStringLiteral("Asiakkaan henkilötiedot"),
            QStringLiteral("Nimi"),
            QStringLiteral("Syntymäaika"),
            QStringLiteral("Kaikki äidinkielet"),
            QStringLiteral("Kansalaisuus"),
            QStringLiteral("Asiointikieli"),
            QStringLiteral("Osoite"),
            QStringLiteral("Postinumero ja -toimipaikka"),
            QStringLiteral("Puhelinnumero"),
            QStringLiteral("Sähköposti"),
            QStringLiteral("Maahantulo (kk/vvvv)"),
            QStringLiteral("Ensimmäisen oleskeluluvan, oleskelukortin tai oleskeluoikeuden "
                           "rekisteröinnin päivämäärä"),
            QStringLiteral("Päivämäärästä on alle 3 vuotta, joten suunnitelma voidaan laatia"),
            QStringLiteral("Tämä on:"),
            QStringLiteral("ensimmäinen suunnitelma"),
            QStringLiteral("suunnitelman tarkistus. Ensimmäisen suunnitelman päivämäärä"),
            QStringLiteral("Yhteenveto asiakkaan elämäntilanteesta ja osaamisesta"),
            QStringLiteral("Tulevaisuuden toive omin sanoin"),
            QStringLiteral("Päätavoite (valitse yksi)"),
            QStringLiteral("työ tai yrittäjyys"),
            QStringLiteral("ammatti"),
            QStringLiteral("luku- ja kirjoitustaito"),
            QStringLiteral("perusopetus"),
            QStringLiteral("toimiva suomen/ruotsin peruskielitaito"),
            QStringLiteral("muu suomen/ruotsin kielitaidon taso, mikä"),
            QStringLiteral("kuntoutus"),
            QStringLiteral("itsenäinen arjenhallinta"),
            QStringLiteral("muu päätavoite, mikä"),
            QStringLiteral("Lisätietoa päätavoitteesta"),
            QStringLiteral("Jos päätavoite on työllistyminen tai yrittäjyys: ensisijainen ja "
                           "vaihtoehtoiset ammattitavoitteet"),
            QStringLiteral("Kielen opiskelusuunnitelma"),
            QStringLiteral("Muu opiskelusuunnitelma"),
            QStringLiteral("Muut pitkän aikavälin kotoutumista edistävät toimenpiteet"),
            QStringLiteral("Osatavoitteet seuraavalle 12 kuukaudelle"),
            QStringLiteral("Osatavoite"),
            QStringLiteral("Toimenpide"),
            QStringLiteral("Vastuutaho"),
            QStringLiteral("Aikataulu"),
            QStringLiteral("Suunnitelmaan liittyvät oikeudet ja velvollisuudet on käyty läpi"),
            QStringLiteral("Sovitut asiat on käyty läpi niin, että asiakas ymmärtää ne"),
            QStringLiteral("Asiakkaalta odotetaan"),
            QStringLiteral("Kunta sitoutuu"),
            QStringLiteral("Seuraava tapaaminen"),
            QStringLiteral("Paikka ja aika"),
            QStringLiteral("Asiakkaan allekirjoitus"),
            QStringLiteral("Viranhaltijan allekirjoitus"),
            QStringLiteral("Tulkin allekirjoitus"),
        };
    }
    return {
        QStringLiteral("Integration plan for immigrants outside the labour force"),
        QStringLiteral("Taking part besides the client"),
        QStringLiteral("Name"),
        QStringLiteral("Organisation"),
        QStringLiteral("Interpreter present"),
        QStringLiteral("Yes"),
        QStringLiteral("No"),
        QStringLiteral("Date the plan was drawn up / reviewed"),
        QStringLiteral("The client's personal data"),
        QStringLiteral("Name"),
        QStringLiteral("Date of birth"),
        QStringLiteral("All mother tongues"),
        QStringLiteral("Citizenship"),
        QStringLiteral("Contact language"),
        QStringLiteral("Address"),
        QStringLiteral("Postal code and post office"),
        QStringLiteral("Phone"),
        QStringLiteral("E-mail"),
        QStringLiteral("Arrival in Finland (month/year)"),
        QStringLiteral("Date of first residence permit, residence card or registration of "
                       "right of residence"),
        QStringLiteral("Less than 3 years have passed since that date, so a plan can be drawn up"),
        QStringLiteral("This is:"),
        QStringLiteral("the first plan"),
        QStringLiteral("a review. Date of the first plan"),
        QStringLiteral("Summary of the client's life situation and competence"),
        QStringLiteral("The future wish in the client's own words"),
        QStringLiteral("Main goal (choose one)"),
        QStringLiteral("work or entrepreneurship"),
        QStringLiteral("a vocation"),
        QStringLiteral("literacy"),
        QStringLiteral("basic education"),
        QStringLiteral("working basic Finnish/Swedish"),
        QStringLiteral("another level of Finnish/Swedish (which)"),
        QStringLiteral("rehabilitation"),
        QStringLiteral("managing everyday life independently"),
        QStringLiteral("another main goal (which)"),
        QStringLiteral("More about the main goal"),
        QStringLiteral("If the main goal is work or entrepreneurship: primary and alternative "
                       "occupational goals"),
        QStringLiteral("Language study plan"),
        QStringLiteral("Other study plan"),
        QStringLiteral("Other long-term measures"),
        QStringLiteral("Sub-goals for the next 12 months with their measures"),
        QStringLiteral("Sub-goal"),
        QStringLiteral("Measure"),
        QStringLiteral("Responsible party"),
        QStringLiteral("Schedule"),
        QStringLiteral("Rights and obligations of the plan discussed with the client"),
        QStringLiteral("The agreed matters were gone through so that the client understands them"),
        QStringLiteral("Expected of the client"),
        QStringLiteral("The municipality commits to"),
        QStringLiteral("Next meeting"),
        QStringLiteral("Place and date"),
        QStringLiteral("Client's signature"),
        QStringLiteral("Officer's signature"),
        QStringLiteral("Interpreter's signature"),
    };
}

// Every value of test::fullClient() and test::fullPlan(), in the form's order.
// The full plan's values as printed in `language`: the responsible parties in that language.
QStringList fullValues(const QString &language)
{
    const PrintLanguage printLanguage(language);
    const Client client = test::fullClient();
    const Plan plan = test::fullPlan(1);
    QStringList values;
    for (const Participant &participant : plan.participants)
        values << participant.name << participant.organisation;
    values << QStringLiteral("2.4.2025") << client.name << QStringLiteral("29.2.1988")
           << QStringLiteral("VN") << client.address << QStringLiteral("65100 VAASA")
           << clientCodes::groupedPhone(client.phone) << client.email << QStringLiteral("3/2025")
           << QStringLiteral("14.2.2025") << plan.lifeSituation << plan.futureWish
           << plan.mainGoalDetails << plan.occupationPrimary << plan.occupationAlternatives
           << plan.languageStudyPlan << plan.otherStudyPlan << plan.longTermMeasures;
    for (const SubGoal &subGoal : plan.subGoals)
        values << subGoal.goal << subGoal.measure << printLanguage.partyName(subGoal.responsible)
               << subGoal.schedule;
    values << plan.clientCommitments << plan.municipalityCommitments << QStringLiteral("2.10.2025")
           << plan.nextMeetingPlace;
    return values;
}

struct Printed
{
    QString path;
    PdfWriter::Result result;
};

Printed print(const QTemporaryDir &dir, const PlanDocument &document, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const PdfWriter::Result result = PdfWriter::write(document, path);
    if (result.ok)
        test::savePagePictures(path, name);
    return {path, result};
}

} // namespace

TEST_CASE("A full plan prints every label and every value in the form's order", "[pdf]")
{
    QTemporaryDir dir;
    const Client client = test::fullClient();
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Printed printed = print(dir, PlanDocument(test::fullPlan(1), client, language),
                                      QStringLiteral("full-plan-") + language);
        REQUIRE(printed.result.ok);
        const QString text = test::pdfText(printed.path, 0, 0, true);
        QString missing;
        CHECK(test::inOrder(text, formLabels(language), &missing));
        INFO("missing: " << missing.toStdString());
        CHECK(missing.isEmpty());
        missing.clear();
        CHECK(test::inOrder(text, fullValues(language), &missing));
        INFO("missing value: " << missing.toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("A plan with 40 sub-goals: valid PDF/A on A4, the header on every page", "[pdf]")
{
    QTemporaryDir dir;
    Plan plan = test::fullPlan(1);
    plan.subGoals.clear();
    for (int i = 1; i <= 40; ++i) {
        plan.subGoals.append({QStringLiteral("Sub-goal number %1").arg(i),
                              QStringLiteral("Measure %1: integration training, civic "
                                             "orientation and a work try-out")
                                  .arg(i),
                              0, QStringLiteral("Municipality"),
                              QStringLiteral("Within %1 months").arg(i % 12 + 1)});
    }
    const PlanDocument document(plan, test::fullClient(), QStringLiteral("en"));
    const Printed printed = print(dir, document, QStringLiteral("forty-sub-goals"));
    REQUIRE(printed.result.ok);

    int qpdfExit = -1;
    test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), printed.path}, &qpdfExit);
    CHECK(qpdfExit == 0);
    CHECK(test::pdfInfo(printed.path, QStringLiteral("Page size")) ==
          QStringLiteral("595 x 842 pts (A4)"));
    const int pages = test::pdfInfo(printed.path, QStringLiteral("Pages")).toInt();
    CHECK(pages == printed.result.pages);
    // The form with two sub-goals takes three pages; 40 rows of two lines add two more.
    CHECK(pages == 5);
    CHECK(test::pdfInfo(printed.path, QStringLiteral("Title")) == document.title());

    int rowsSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = test::pdfText(printed.path, page, page);
        CHECK(text.contains(test::fullClient().name));
        CHECK(text.contains(QStringLiteral("Date of birth 29.2.1988")));
        CHECK(text.contains(QStringLiteral("Plan date 2.4.2025")));
        CHECK(text.contains(QStringLiteral("Page %1 / %2").arg(page).arg(pages)));
        // Wherever the sub-goal table runs, its header row stands at the top of it.
        if (text.contains(QStringLiteral("Sub-goal number"))) {
            const qsizetype header = text.indexOf(QStringLiteral("Sub-goal Measure"));
            CHECK(header >= 0);
            CHECK(header < text.indexOf(QStringLiteral("Sub-goal number")));
            CHECK(text.contains(QStringLiteral("Responsible party")));
            CHECK(text.contains(QStringLiteral("Schedule")));
        }
        rowsSeen += int(text.count(QStringLiteral("Sub-goal number")));
    }
    CHECK(rowsSeen == 40);
    QString missing;
    QStringList rows;
    for (int i = 1; i <= 40; ++i)
        rows << QStringLiteral("Sub-goal number %1 ").arg(i);
    CHECK(test::inOrder(test::pdfText(printed.path), rows, &missing));

    const QString xmp =
        test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), printed.path});
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    CHECK(xmp.contains(QStringLiteral("<rdf:li>Liisa Virtanen</rdf:li>")));
    CHECK(xmp.contains(document.subject()));
    // Every font embedded (the "emb" column), and all of them Noto.
    const QStringList fonts = test::runTool(QStringLiteral("pdffonts"), {printed.path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    CHECK(fonts.size() >= 3);
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        CHECK(font.startsWith(QStringLiteral("NotoSans")));
        CHECK(font.simplified().split(QLatin1Char(' ')).at(4) == QStringLiteral("yes"));
    }
}

TEST_CASE("Names and texts in every script come back from the PDF unchanged", "[pdf]")
{
    QTemporaryDir dir;
    for (const test::ScriptSample &sample : test::scriptSamples()) {
        INFO(sample.script);
        Client client = test::fullClient();
        client.name = sample.text;
        Plan plan = test::fullPlan(1);
        plan.futureWish = sample.text + QStringLiteral(" 2030");
        const QString name = QStringLiteral("script-") +
                             QString::fromLatin1(sample.script)
                                 .remove(QRegularExpression(QStringLiteral("[^A-Za-z]")));
        const Printed printed = print(dir, PlanDocument(plan, client, QStringLiteral("fi")), name);
        REQUIRE(printed.result.ok);
        // Arabic script comes back in presentation forms, the same letters under NFKC; every
        // other script comes back exactly.
        const bool arabic = sample.text.front().script() == QChar::Script_Arabic;
        const QString page1 = test::pdfText(printed.path, 1, 1, arabic);
        // In the header and the client's name, and in the future wish.
        CHECK(page1.count(sample.text) >= 2);
        CHECK(test::pdfText(printed.path, 0, 0, arabic).count(sample.text) >= 3);
        if (!arabic)
            CHECK(test::pdfText(printed.path).count(sample.text + QStringLiteral(" 2030")) == 1);
    }
}

TEST_CASE("An empty plan keeps every field on paper, with empty boxes to fill in", "[pdf]")
{
    QTemporaryDir dir;
    Client client;
    client.name = QStringLiteral("Faadumo Cabdi Maxamed");
    client.dateOfBirth = QDate(1990, 5, 1);
    Plan plan;
    plan.draftedOn = QDate(2026, 11, 23);
    const Printed printed =
        print(dir, PlanDocument(plan, client, QStringLiteral("sv")), QStringLiteral("empty-plan"));
    REQUIRE(printed.result.ok);
    const QString text = test::pdfText(printed.path);
    QString missing;
    QStringList labels = formLabels(QStringLiteral("sv"));
    labels.removeLast(); // no interpreter, no interpreter's signature
    CHECK(test::inOrder(text, labels, &missing));
    INFO("missing: " << missing.toStdString());
    CHECK(missing.isEmpty());
    CHECK_FALSE(text.contains(QStringLiteral("Tolkens underskrift")));
    // Only the kind is ticked: a plan is a first plan until it is a review.
    CHECK(text.count(QChar(0x2612)) == 1);
    CHECK(text.contains(QStringLiteral("\u2612 den första integrationsplanen")));
    // Interpreter yes/no, eligibility, review, nine main goals, two consents.
    CHECK(text.count(QChar(0x2610)) == 2 + 1 + 1 + 9 + 2);
}

TEST_CASE("The main goal shows as nine boxes with the chosen one ticked", "[pdf]")
{
    QTemporaryDir dir;
    Plan plan = test::fullPlan(1);
    plan.mainGoal = MainGoal::OtherLanguageLevel;
    plan.mainGoalText = QStringLiteral("B1 in Swedish");
    const Printed printed = print(dir, PlanDocument(plan, test::fullClient(), QStringLiteral("en")),
                                  QStringLiteral("main-goal"));
    REQUIRE(printed.result.ok);
    const QString text = test::pdfText(printed.path);
    const qsizetype from = text.indexOf(QStringLiteral("Main goal (choose one)"));
    const qsizetype to = text.indexOf(QStringLiteral("More about the main goal"));
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    const QString goals = text.mid(from, to - from);
    CHECK(goals.count(QChar(0x2610)) == 8);
    CHECK(goals.count(QChar(0x2612)) == 1);
    CHECK(goals.contains(QStringLiteral("\u2612 another level of Finnish/Swedish (which) B1 in "
                                        "Swedish")));
}

TEST_CASE("The printout's language does not follow the UI's", "[pdf]")
{
    QTemporaryDir dir;
    translations::installUiLanguage(QStringLiteral("sv"));
    const Printed english =
        print(dir, PlanDocument(test::fullPlan(1), test::fullClient(), QStringLiteral("en")),
              QStringLiteral("ui-sv-print-en"));
    const Printed finnish =
        print(dir, PlanDocument(test::fullPlan(1), test::fullClient(), QStringLiteral("fi")),
              QStringLiteral("ui-sv-print-fi"));
    translations::installUiLanguage(QStringLiteral("en"));
    REQUIRE(english.result.ok);
    REQUIRE(finnish.result.ok);
    CHECK(test::pdfText(english.path).contains(QStringLiteral("Date of birth")));
    CHECK_FALSE(test::pdfText(english.path).contains(QStringLiteral("Födelsedatum")));
    CHECK(test::pdfText(finnish.path).contains(QStringLiteral("Syntymäaika")));
    CHECK_FALSE(test::pdfText(finnish.path).contains(QStringLiteral("Födelsedatum")));
}

TEST_CASE("A PDF that cannot be written leaves no file and says which one", "[pdf]")
{
    QTemporaryDir dir;
    const PlanDocument document(test::fullPlan(1), test::fullClient(), QStringLiteral("en"));
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/plan.pdf"));
    const PdfWriter::Result result = PdfWriter::write(document, missingFolder);
    CHECK_FALSE(result.ok);
    CHECK(result.message.contains(QStringLiteral("plan.pdf")));
    CHECK_FALSE(result.message.contains(test::fullClient().name));
    CHECK_FALSE(QFileInfo::exists(missingFolder));

    // Even root cannot create a file in /proc.
    const QString unwritable = QStringLiteral("/proc/kotoplan-plan.pdf");
    const PdfWriter::Result refused = PdfWriter::write(document, unwritable);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("kotoplan-plan.pdf")));
    CHECK_FALSE(QFileInfo::exists(unwritable));

    // A folder in the way: refused, the folder and what it holds untouched, no file beside.
    const QString folder = dir.filePath(QStringLiteral("plan.pdf.d"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(test::writeFile(folder + QStringLiteral("/old.txt"), QByteArrayLiteral("old")));
    const PdfWriter::Result blocked = PdfWriter::write(document, folder);
    CHECK_FALSE(blocked.ok);
    CHECK(blocked.message.contains(QStringLiteral("plan.pdf.d")));
    CHECK(QFileInfo(folder).isDir());
    CHECK(test::fileBytes(folder + QStringLiteral("/old.txt")) == QByteArrayLiteral("old"));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    const QString good = dir.filePath(QStringLiteral("good.pdf"));
    REQUIRE(PdfWriter::write(document, good).ok);
    CHECK(QFileInfo(good).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("The suggested file name: client, plan date, what it is", "[pdf]")
{
    const PlanDocument english(test::fullPlan(1), test::fullClient(), QStringLiteral("en"));
    CHECK(english.suggestedFileName() ==
          QStringLiteral("Nguyễn Thị Hương-2025-04-02-integration-plan.pdf"));
    const PlanDocument finnish(test::fullPlan(1), test::fullClient(), QStringLiteral("fi"));
    CHECK(finnish.suggestedFileName() ==
          QStringLiteral("Nguyễn Thị Hương-2025-04-02-kotoutumissuunnitelma.pdf"));
    // A review of the same day gets a name of its own.
    Plan review = test::fullPlan(1);
    review.kind = PlanKind::Review;
    const PlanDocument reviewed(review, test::fullClient(), QStringLiteral("fi"));
    CHECK(reviewed.suggestedFileName() ==
          QStringLiteral("Nguyễn Thị Hương-2025-04-02-kotoutumissuunnitelman-tarkistus.pdf"));
    CHECK(PlanDocument(review, test::fullClient(), QStringLiteral("en")).suggestedFileName() ==
          QStringLiteral("Nguyễn Thị Hương-2025-04-02-integration-plan-review.pdf"));
}
