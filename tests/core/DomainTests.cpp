// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/DateText.h"
#include "domain/Eligibility.h"
#include "domain/MainGoal.h"
#include "domain/RuleSet.h"
#include "domain/SearchKey.h"
#include "domain/Transliteration.h"
#include "domain/Validation.h"
#include "storage/SqlScript.h"
#include "storage/SqlValues.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
const QDate today(2026, 11, 23);

Client validClient()
{
    Client client;
    client.name = QStringLiteral("Amina Yusuf");
    client.dateOfBirth = QDate(1990, 5, 17);
    return client;
}

bool hasProblem(const Problems &problems, const char *field)
{
    return Validation::fields(problems).contains(QString::fromLatin1(field));
}
} // namespace

TEST_CASE("A client with a name and a date of birth is valid", "[validation]")
{
    CHECK(Validation::check(validClient(), today).isEmpty());
    CHECK(Validation::check(test::fullClient(), today).isEmpty());
}

TEST_CASE("Validation returns every problem of a client at once", "[validation]")
{
    Client client;
    client.name = QStringLiteral("   ");
    client.postalCode = QStringLiteral("1234");
    client.email = QStringLiteral("not an address");
    client.phone = QStringLiteral("12");
    const Problems problems = Validation::check(client, today);
    CHECK(Validation::fields(problems) ==
          QStringList{QStringLiteral("client.name"), QStringLiteral("client.dateOfBirth"),
                      QStringLiteral("client.postalCode"), QStringLiteral("client.phone"),
                      QStringLiteral("client.email")});
    for (const Problem &problem : problems)
        CHECK_FALSE(problem.message.isEmpty());
}

TEST_CASE("The date of birth cannot be in the future", "[validation]")
{
    Client client = validClient();
    client.dateOfBirth = today.addDays(1);
    CHECK(hasProblem(Validation::check(client, today), "client.dateOfBirth"));
    client.dateOfBirth = today;
    CHECK_FALSE(hasProblem(Validation::check(client, today), "client.dateOfBirth"));
}

TEST_CASE("The first permit date cannot be before birth nor in the future", "[validation]")
{
    Client client = validClient();
    client.firstPermitDate = client.dateOfBirth.addDays(-1);
    CHECK(hasProblem(Validation::check(client, today), "client.firstPermitDate"));
    client.firstPermitDate = client.dateOfBirth;
    CHECK_FALSE(hasProblem(Validation::check(client, today), "client.firstPermitDate"));
    client.firstPermitDate = today.addDays(1);
    CHECK(hasProblem(Validation::check(client, today), "client.firstPermitDate"));
}

TEST_CASE("The arrival in Finland cannot be before birth", "[validation]")
{
    Client client = validClient(); // born 17 May 1990
    client.arrivedInFinland = {1990, 4};
    CHECK(hasProblem(Validation::check(client, today), "client.arrivedInFinland"));
    client.arrivedInFinland = {1990, 5}; // the month of birth itself is possible
    CHECK_FALSE(hasProblem(Validation::check(client, today), "client.arrivedInFinland"));
    client.arrivedInFinland = {2026, 13};
    CHECK(hasProblem(Validation::check(client, today), "client.arrivedInFinland"));
    client.arrivedInFinland = {2026, 12};
    CHECK(hasProblem(Validation::check(client, today), "client.arrivedInFinland"));
}

TEST_CASE("Postal codes, e-mail addresses and phone numbers have their shapes", "[validation]")
{
    CHECK(Validation::isFinnishPostalCode(QStringLiteral("00100")));
    CHECK_FALSE(Validation::isFinnishPostalCode(QStringLiteral("0010")));
    CHECK_FALSE(Validation::isFinnishPostalCode(QStringLiteral("001000")));
    CHECK_FALSE(Validation::isFinnishPostalCode(QStringLiteral("0010a")));

    CHECK(Validation::isEmailAddress(QStringLiteral("name@example.fi")));
    CHECK(Validation::isEmailAddress(QStringLiteral("first.last+tag@kunta.example.fi")));
    CHECK_FALSE(Validation::isEmailAddress(QStringLiteral("name@example")));
    CHECK_FALSE(Validation::isEmailAddress(QStringLiteral("name example@x.fi")));
    CHECK_FALSE(Validation::isEmailAddress(QStringLiteral("@example.fi")));

    CHECK(Validation::normalisedPhone(QStringLiteral("040 123 4567")) ==
          QStringLiteral("+358401234567"));
    CHECK(Validation::normalisedPhone(QStringLiteral("+358 (40) 123-4567")) ==
          QStringLiteral("+358401234567"));
    CHECK(Validation::normalisedPhone(QStringLiteral("0046 70 123 45 67")) ==
          QStringLiteral("+46701234567"));
    CHECK(Validation::normalisedPhone(QStringLiteral("12")).isEmpty());
    CHECK(Validation::normalisedPhone(QStringLiteral("call me")).isEmpty());
}

TEST_CASE("The main goal's text is required exactly for the two choices that have one",
          "[validation]")
{
    const Client client = validClient();
    Plan plan;
    plan.draftedOn = QDate(2026, 1, 10);
    for (const MainGoal goal : mainGoal::all()) {
        plan.mainGoal = goal;
        plan.mainGoalText.clear();
        CHECK(hasProblem(Validation::check(plan, client, today), "mainGoalText") ==
              mainGoal::needsText(goal));
        plan.mainGoalText = QStringLiteral("B1 in Swedish");
        CHECK(hasProblem(Validation::check(plan, client, today), "mainGoalText") ==
              !mainGoal::needsText(goal));
    }
    CHECK(mainGoal::needsText(MainGoal::OtherLanguageLevel));
    CHECK(mainGoal::needsText(MainGoal::Other));
}

TEST_CASE("Occupational goals belong to work or entrepreneurship only", "[validation]")
{
    const Client client = validClient();
    Plan plan;
    plan.draftedOn = QDate(2026, 1, 10);
    plan.occupationPrimary = QStringLiteral("Nurse");
    plan.mainGoal = MainGoal::WorkOrEntrepreneurship;
    CHECK_FALSE(hasProblem(Validation::check(plan, client, today), "occupationPrimary"));
    plan.mainGoal = MainGoal::Literacy;
    CHECK(hasProblem(Validation::check(plan, client, today), "occupationPrimary"));
    plan.occupationPrimary.clear();
    plan.occupationAlternatives = QStringLiteral("Cook");
    CHECK(hasProblem(Validation::check(plan, client, today), "occupationPrimary"));
}

TEST_CASE("A plan's dates must fit the client and each other", "[validation]")
{
    const Client client = validClient();
    Plan plan;
    CHECK(hasProblem(Validation::check(plan, client, today), "draftedOn"));
    plan.draftedOn = client.dateOfBirth.addDays(-1);
    CHECK(hasProblem(Validation::check(plan, client, today), "draftedOn"));
    plan.draftedOn = QDate(2026, 3, 1);
    plan.nextMeeting = QDateTime(QDate(2026, 2, 28), QTime(10, 0));
    CHECK(hasProblem(Validation::check(plan, client, today), "nextMeeting"));
    plan.nextMeeting = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
    CHECK(Validation::check(plan, client, today).isEmpty());

    plan.kind = PlanKind::Review;
    plan.firstPlanDate = QDate(2026, 3, 2);
    CHECK(hasProblem(Validation::check(plan, client, today), "firstPlanDate"));

    Plan signedPlan;
    signedPlan.draftedOn = QDate(2026, 3, 1);
    signedPlan.status = PlanStatus::Signed;
    CHECK(hasProblem(Validation::check(signedPlan, client, today), "signedOn"));
    signedPlan.signedOn = today.addDays(1);
    CHECK(hasProblem(Validation::check(signedPlan, client, today), "signedOn"));
    signedPlan.signedOn = QDate(2026, 2, 1);
    CHECK(hasProblem(Validation::check(signedPlan, client, today), "signedOn"));
    signedPlan.signedOn = QDate(2026, 3, 1);
    CHECK(Validation::check(signedPlan, client, today).isEmpty());
}

TEST_CASE("An interpreting language needs an interpreter marked present", "[validation]")
{
    Plan plan;
    plan.draftedOn = QDate(2026, 3, 1);
    plan.interpreterLanguage = QStringLiteral("ar");
    CHECK(hasProblem(Validation::check(plan, validClient(), today), "interpreterPresent"));
    plan.interpreterPresent = YesNo::Yes;
    CHECK(Validation::check(plan, validClient(), today).isEmpty());
}

TEST_CASE("Eligibility: a plan can be drawn up while less than 3 years have passed",
          "[eligibility]")
{
    const QDate permit(2023, 6, 15);
    SECTION("the day before the deadline")
    {
        const Eligibility e = Eligibility::evaluate(permit, QDate(2026, 6, 14));
        CHECK(e.known);
        CHECK(e.deadline == QDate(2026, 6, 15));
        CHECK(e.eligible);
        CHECK(e.daysLeft == 1);
    }
    SECTION("the day of the deadline: three years have passed")
    {
        const Eligibility e = Eligibility::evaluate(permit, QDate(2026, 6, 15));
        CHECK_FALSE(e.eligible);
        CHECK(e.daysLeft == 0);
    }
    SECTION("after the deadline the days left are negative")
    {
        const Eligibility e = Eligibility::evaluate(permit, QDate(2026, 7, 15));
        CHECK_FALSE(e.eligible);
        CHECK(e.daysLeft == -30);
    }
    SECTION("a permit on a leap day reaches three years on 28 February")
    {
        const Eligibility e = Eligibility::evaluate(QDate(2024, 2, 29), QDate(2027, 2, 27));
        CHECK(e.deadline == QDate(2027, 2, 28));
        CHECK(e.eligible);
        CHECK(e.daysLeft == 1);
        CHECK_FALSE(Eligibility::evaluate(QDate(2024, 2, 29), QDate(2027, 2, 28)).eligible);
    }
    SECTION("a span over a leap day counts the extra day")
    {
        const Eligibility e = Eligibility::evaluate(QDate(2025, 3, 1), QDate(2028, 2, 28));
        CHECK(e.deadline == QDate(2028, 3, 1));
        CHECK(e.daysLeft == 2); // 29 February 2028 lies between
    }
    SECTION("no permit date: not known")
    {
        CHECK_FALSE(Eligibility::evaluate(QDate(), QDate(2026, 1, 1)).known);
    }
}

TEST_CASE("The rule set follows the act in force on the plan's date", "[rules]")
{
    CHECK(RuleSet::forDate(QDate(2024, 12, 31)).act == QStringLiteral("1386/2010"));
    CHECK(RuleSet::forDate(QDate(2024, 12, 31)).reviewIntervalMonths == 12);
    CHECK(RuleSet::forDate(QDate(2024, 12, 31)).totalMaxMonths == 36);
    const RuleSet &act = RuleSet::forDate(QDate(2025, 1, 1));
    CHECK(act.act == QStringLiteral("681/2023"));
    CHECK(act.firstPlanMaxMonths == 12);
    CHECK(act.totalMaxMonths == 24);
    CHECK(act.reviewIntervalMonths == 6);
    CHECK(act.eligibilityYears == 3);
}

TEST_CASE("The nine main goals keep their keys and their order", "[domain]")
{
    const QList<MainGoal> goals = mainGoal::all();
    REQUIRE(goals.size() == 9);
    CHECK(goals.first() == MainGoal::WorkOrEntrepreneurship);
    CHECK(goals.last() == MainGoal::Other);
    for (const MainGoal goal : goals) {
        CHECK_FALSE(mainGoal::key(goal).isEmpty());
        CHECK(mainGoal::fromKey(mainGoal::key(goal)) == goal);
        CHECK_FALSE(mainGoal::label(goal).isEmpty());
    }
    CHECK(mainGoal::fromKey(QString()) == MainGoal::None);
    CHECK_FALSE(mainGoal::fromKey(QStringLiteral("nonsense")).has_value());
}

TEST_CASE("Dates are read as officers type them", "[domain]")
{
    CHECK(dateText::parseDate(QStringLiteral("23.11.2026")) == QDate(2026, 11, 23));
    CHECK(dateText::parseDate(QStringLiteral(" 1.2.1990 ")) == QDate(1990, 2, 1));
    CHECK(dateText::parseDate(QStringLiteral("2026-11-23")) == QDate(2026, 11, 23));
    CHECK(dateText::parseDate(QString()) == QDate());
    CHECK_FALSE(dateText::parseDate(QStringLiteral("30.2.2026")).has_value());
    CHECK_FALSE(dateText::parseDate(QStringLiteral("23.11.26")).has_value());
    CHECK_FALSE(dateText::parseDate(QStringLiteral("tomorrow")).has_value());
    CHECK(dateText::formatDate(QDate(2026, 1, 5)) == QStringLiteral("5.1.2026"));
    CHECK(dateText::parseYearMonth(QStringLiteral("5/2024")) == YearMonth{2024, 5});
    CHECK(dateText::parseYearMonth(QStringLiteral("05.2024")) == YearMonth{2024, 5});
    CHECK(dateText::parseYearMonth(QStringLiteral("2024-05")) == YearMonth{2024, 5});
    CHECK_FALSE(dateText::parseYearMonth(QStringLiteral("13/2024")).has_value());
    CHECK(YearMonth::fromIso(YearMonth{2024, 5}.toIso()) == YearMonth{2024, 5});
}

TEST_CASE("Search ignores case and accents and understands dates of birth", "[domain]")
{
    CHECK(searchKey(QStringLiteral("Zsófia KOVÁCS")) == QStringLiteral("zsofia kovacs"));
    CHECK(searchKey(QStringLiteral("Nguyễn")) == QStringLiteral("nguyen"));
    CHECK(searchKey(QStringLiteral("Олена")) == QStringLiteral("олена"));
    CHECK(searchKey(QStringLiteral("Yılmaz")) == QStringLiteral("yilmaz"));
    CHECK(searchKey(QStringLiteral("Trần Văn Đức")) == QStringLiteral("tran van duc"));
    CHECK(SearchTerms::parse(QStringLiteral("17.5.1990")).birthPrefix ==
          QStringLiteral("1990-05-17"));
    CHECK(SearchTerms::parse(QStringLiteral("1990")).birthPrefix == QStringLiteral("1990"));
    CHECK(SearchTerms::parse(QStringLiteral("Amina")).birthPrefix.isEmpty());
    CHECK(escapeLike(QStringLiteral("50%_off")) == QStringLiteral("50\\%\\_off"));
}

TEST_CASE("A name in another script is found by its Latin spellings, the typed text as it is",
          "[domain]")
{
    const QString andrii = nameSearchKey(QStringLiteral("Андрій Коваленко"));
    // The name's own key first: the case list sorts by it.
    CHECK(andrii.startsWith(searchKey(QStringLiteral("Андрій Коваленко"))));
    CHECK(andrii.contains(QStringLiteral("andrii kovalenko"))); // his residence permit
    CHECK(andrii.contains(QStringLiteral("andrij kovalenko")));
    CHECK(nameSearchKey(QStringLiteral("Юлия Щербакова"))
              .contains(QStringLiteral("iuliia shcherbakova"))); // Russian passports
    CHECK(
        nameSearchKey(QStringLiteral("Юлія Щербак")).contains(QStringLiteral("yuliia shcherbak")));
    CHECK(nameSearchKey(QStringLiteral("Γιώργος Παπαδόπουλος"))
              .contains(QStringLiteral("giorgos papadopoulos")));
    CHECK(nameSearchKey(QStringLiteral("محمد")).contains(QStringLiteral("mhmd")));
    // Latin names keep the key they had; what is typed is never transliterated.
    CHECK(nameSearchKey(QStringLiteral("Trần Văn Đức")) == QStringLiteral("tran van duc"));
    CHECK(searchKey(QStringLiteral("Андрій")) == searchKey(QStringLiteral("андрій")));
    CHECK_FALSE(searchKey(QStringLiteral("Андрій")).contains(QStringLiteral("andr")));
    CHECK(latinSpellings(QStringLiteral("Zsófia Kovács")).isEmpty());
}

TEST_CASE("Migration scripts split into statements, triggers kept whole", "[domain]")
{
    const QString script = QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\n"
        "BEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\nINSERT INTO a VALUES (1);\n");
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements.at(1).endsWith(QStringLiteral("END;")));
}

TEST_CASE("PostgreSQL function bodies stay whole, semicolons and BEGIN inside included", "[domain]")
{
    const QString script =
        QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                       "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    -- a comment inside the body\n"
                       "    RAISE EXCEPTION 'no';\n"
                       "END;\n"
                       "$$;\n"
                       "CREATE TRIGGER t BEFORE UPDATE ON a\n"
                       "FOR EACH ROW EXECUTE FUNCTION f();\n"
                       "INSERT INTO a VALUES (1);\n");
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(1).startsWith(QStringLiteral("CREATE FUNCTION")));
    CHECK(statements.at(1).contains(QStringLiteral("RAISE EXCEPTION 'no';\nEND;")));
    CHECK(statements.at(1).endsWith(QStringLiteral("$$;")));
    CHECK(statements.at(2).endsWith(QStringLiteral("EXECUTE FUNCTION f();")));
}

TEST_CASE("Every SQLite migration has its PostgreSQL counterpart of the same number and name",
          "[domain]")
{
    const QStringList sqlite = QDir(QStringLiteral(":/kotoplan/migrations"))
                                   .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    const QStringList postgres = QDir(QStringLiteral(":/kotoplan/migrations/postgresql"))
                                     .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    REQUIRE(sqlite.size() >= 4);
    for (const QString &name : sqlite) {
        INFO(name.toStdString());
        CHECK(postgres.contains(name));
    }
    // Numbered without gaps: a file's number is its schema version.
    for (qsizetype i = 0; i < postgres.size(); ++i)
        CHECK(postgres.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))));
}

TEST_CASE("A stored meeting time reads back to the minute and nothing else is taken for one",
          "[domain]")
{
    const QDateTime meeting(QDate(2026, 11, 23), QTime(14, 30));
    CHECK(sql::fromDateTime(meeting) == QStringLiteral("2026-11-23T14:30"));
    CHECK(sql::toDateTime(sql::fromDateTime(meeting)) == meeting);
    CHECK(sql::toDateTime(QStringLiteral("2026-01-01T00:00")) ==
          QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    for (const QString &text :
         {QString(), QStringLiteral("2026-11-23"), QStringLiteral("2026-11-23T14:30:00"),
          QStringLiteral("2026-11-23 14:30"), QStringLiteral("2026-11-23T24:00"),
          QStringLiteral("2026-02-30T10:00"), QStringLiteral("2026-11-23T1a:30"),
          QStringLiteral("2026-11-23T+1:30")}) {
        INFO(text.toStdString());
        CHECK_FALSE(sql::toDateTime(text).isValid());
    }
}
