// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The client's own copy and the appointment slip as the client reads them: the PDF read back.
#include "PdfTools.h"
#include "TestSupport.h"
#include "print/AppointmentSlipDocument.h"
#include "print/ClientCopyDocument.h"
#include "print/PdfWriter.h"
#include "stores/PlanStore.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// A full plan with six sub-goals, the most a year's plan usually holds, and a long wish.
Plan busyPlan()
{
    Plan plan = test::fullPlan(1);
    plan.id = 12;
    plan.futureWish = QStringLiteral("I want to work as a practical nurse in a home for the "
                                     "elderly, speak Finnish with my neighbours and help my "
                                     "children with their homework.");
    plan.clientCommitments = QStringLiteral("Takes part in the courses and reports absences.");
    plan.subGoals +=
        {{QStringLiteral("Reads Finnish signs"), QStringLiteral("Literacy teaching"), 0,
          QStringLiteral("Adult education centre"), QStringLiteral("Spring 2026")},
         {QStringLiteral("Knows the health services"),
          QStringLiteral("Guidance to the wellbeing services county"), 0,
          QStringLiteral("Wellbeing services county"), QStringLiteral("May 2025")},
         {QStringLiteral("Has a friend in the town"), QStringLiteral("Friend activity"), 0,
          QStringLiteral("Red Cross"), QStringLiteral("From June 2025")},
         {QStringLiteral("Tries out work"), QStringLiteral("Work try-out"), 0,
          QStringLiteral("Employment authority"), QStringLiteral("Autumn 2025")}};
    return plan;
}

Meeting nextMeeting()
{
    Meeting meeting;
    meeting.clientId = 1;
    meeting.planId = 12;
    meeting.startsAt = QDateTime(QDate(2027, 1, 11), QTime(9, 30)); // a Monday
    meeting.place = QStringLiteral("Service point, room 2");
    meeting.officer = QStringLiteral("Liisa Virtanen");
    meeting.interpreterBooked = true;
    meeting.interpreterLanguage = QStringLiteral("vi");
    meeting.interpretingMode = InterpretingMode::OnSite;
    meeting.reminder = QStringLiteral("Bring your residence permit card.");
    return meeting;
}

ClientCopyDocument::Contact contact()
{
    return {QStringLiteral("Liisa Virtanen"),
            {QStringLiteral("+358 6 325 1111"), QStringLiteral("kotoutuminen@vaasa.fi"),
             QStringLiteral("Kauppapuistikko 11, 65100 Vaasa"), QStringLiteral("Mon–Thu 9–15")}};
}

} // namespace

TEST_CASE("The client's copy fits two pages in each language with every sub-goal, the next "
          "meeting and whom to contact, and nothing of the life situation",
          "[pdf][client-copy]")
{
    QTemporaryDir dir;
    const struct
    {
        const char *language;
        QStringList headings;
        QString weekday;
    } cases[] = {
        {"en",
         {QStringLiteral("Your goal"), QStringLiteral("What you will do"),
          QStringLiteral("What the municipality and others will do"),
          QStringLiteral("Your next meeting"), QStringLiteral("Who to contact"),
          QStringLiteral("Your rights and duties")},
         QStringLiteral("Monday 11.1.2027")},
        {"fi",
         {QStringLiteral("Sinun tavoitteesi"), QStringLiteral("Mitä sinä teet"),
          QStringLiteral("Mitä kunta ja muut tekevät"), QStringLiteral("Seuraava tapaaminen"),
          QStringLiteral("Keneen voit ottaa yhteyttä"),
          QStringLiteral("Sinun oikeutesi ja velvollisuutesi")},
         QStringLiteral("maanantai 11.1.2027")},
        {"sv",
         {QStringLiteral("Ditt mål"), QStringLiteral("Det här gör du"),
          QStringLiteral("Det här gör kommunen och andra"), QStringLiteral("Ditt nästa möte"),
          QStringLiteral("Vem kan du kontakta"),
          QStringLiteral("Dina rättigheter och skyldigheter")},
         QStringLiteral("måndag 11.1.2027")},
    };
    const Plan plan = busyPlan();
    for (const auto &[language, headings, weekday] : cases) {
        INFO(language);
        const ClientCopyDocument copy(plan, test::fullClient(), nextMeeting(), contact(),
                                      QString::fromLatin1(language));
        const QString code = QString::fromLatin1(language);
        const QString path = dir.filePath(QStringLiteral("copy-%1.pdf").arg(code));
        const PdfWriter::Result written = PdfWriter::write(copy, path);
        REQUIRE(written.ok);
        CHECK(written.pages <= 2);
        CHECK(test::pdfInfo(path, QStringLiteral("Pages")).toInt() <= 2);
        const QString text = test::joinHyphens(test::pdfText(path));
        QString missing;
        CHECK(test::inOrder(text, headings, &missing));
        INFO(missing.toStdString());
        for (const SubGoal &subGoal : plan.subGoals) {
            CHECK(text.contains(subGoal.goal));
            CHECK(text.contains(subGoal.measure));
            CHECK(text.contains(subGoal.responsible));
            CHECK(text.contains(subGoal.schedule));
        }
        CHECK(text.contains(weekday));
        CHECK(text.contains(code == QLatin1String("en") ? QStringLiteral("9:30")
                                                        : QStringLiteral("9.30")));
        CHECK(text.contains(QStringLiteral("Service point, room 2")));
        CHECK(text.contains(QStringLiteral("+358 6 325 1111")));
        CHECK(text.contains(QStringLiteral("kotoutuminen@vaasa.fi")));
        CHECK(text.contains(QStringLiteral("Mon–Thu 9–15")));
        CHECK(text.contains(QStringLiteral("I want to work as a practical nurse")));
        // Nothing of the life situation, the details of the goal or the study plans.
        CHECK_FALSE(text.contains(QStringLiteral("Family reunification")));
        CHECK_FALSE(text.contains(QStringLiteral("two children")));
        CHECK_FALSE(text.contains(QStringLiteral("Nursing studies first")));
        test::savePagePictures(path, QStringLiteral("client-copy-%1").arg(code));
    }
}

TEST_CASE("The client's copy of a stored plan prints its planned next meeting and says so when "
          "none is planned",
          "[pdf][client-copy]")
{
    test::TempDatabase temp;
    Plan plan = test::storeFullCase(temp.connection());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.pdf"));
    std::optional<ClientCopyDocument> copy =
        ClientCopyDocument::load(temp.connection(), plan.id, QStringLiteral("en"));
    REQUIRE(copy);
    REQUIRE(PdfWriter::write(*copy, path).ok);
    QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("Thursday 2.10.2025")));
    CHECK(text.contains(QStringLiteral("Service point, room 2")));
    // The plan's interpreter is booked for the next meeting too.
    CHECK(text.contains(QStringLiteral("Interpreter: Vietnamese")));

    plan.nextMeeting = {};
    REQUIRE(PlanStore(temp.connection()).save(plan).ok());
    copy = ClientCopyDocument::load(temp.connection(), plan.id, QStringLiteral("en"));
    REQUIRE(copy);
    REQUIRE(PdfWriter::write(*copy, path).ok);
    text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("The time of your next meeting is not agreed yet.")));
    CHECK_FALSE(text.contains(QStringLiteral("2.10.2025")));
}

TEST_CASE("The appointment slip holds the meeting, the contact and the reminder on half a page",
          "[pdf][client-copy]")
{
    QTemporaryDir dir;
    for (const char *language : {"en", "fi", "sv"}) {
        INFO(language);
        const AppointmentSlipDocument slip(nextMeeting(), contact().officer, contact().servicePoint,
                                           QString::fromLatin1(language));
        const QString path =
            dir.filePath(QStringLiteral("slip-%1.pdf").arg(QString::fromLatin1(language)));
        const PdfWriter::Result written = PdfWriter::write(slip, path);
        REQUIRE(written.ok);
        CHECK(written.pages == 1);
        CHECK(slip.usedHeightPoints() < 842.0 / 2);
        const QString text = test::pdfText(path);
        CHECK(text.contains(QStringLiteral("11.1.2027")));
        CHECK(text.contains(QStringLiteral("Service point, room 2")));
        CHECK(text.contains(QStringLiteral("Bring your residence permit card.")));
        CHECK(text.contains(QStringLiteral("+358 6 325 1111")));
        // The slip names nobody but the officer: no client name, no plan.
        CHECK_FALSE(text.contains(test::fullClient().name));
        test::savePagePictures(
            path, QStringLiteral("appointment-slip-%1").arg(QString::fromLatin1(language)));
    }
}
