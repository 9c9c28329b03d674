// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"
#include "TestSupport.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

Plan reviewWithOutcomes()
{
    Plan review = test::fullPlan(1);
    review.kind = PlanKind::Review;
    review.previousPlanId = 7;
    review.firstPlanDate = QDate(2025, 4, 2);
    review.draftedOn = QDate(2025, 10, 2);
    review.outcomes = {{0, Outcome::Partly, QStringLiteral("A2 in writing, A1 in speaking")},
                       {1, Outcome::Changed, QStringLiteral("Civic orientation moved to spring")}};
    return review;
}

QList<SubGoal> previousSubGoals()
{
    return {{QStringLiteral("Finnish A1"), QStringLiteral("Integration training"), 0,
             QStringLiteral("Employment authority"), QStringLiteral("Spring 2025")},
            {QStringLiteral("Knows Vaasa's services"), QStringLiteral("Civic orientation"), 0,
             QStringLiteral("Municipality"), QStringLiteral("Within 3 months")}};
}

} // namespace

TEST_CASE("A review prints each previous sub-goal with its outcome and note, in the print "
          "language",
          "[pdf][review]")
{
    QTemporaryDir dir;
    const struct
    {
        const char *language;
        QStringList expected;
    } cases[] = {
        {"en",
         {QStringLiteral("Review of the previous plan's sub-goals"),
          QStringLiteral("Sub-goal of the previous plan"), QStringLiteral("Outcome"),
          QStringLiteral("Note"), QStringLiteral("Finnish A1"), QStringLiteral("Partly achieved"),
          QStringLiteral("A2 in writing, A1 in speaking"), QStringLiteral("Knows Vaasa's services"),
          QStringLiteral("Changed"), QStringLiteral("Civic orientation moved to spring"),
          QStringLiteral("Measures")}},
        {"fi",
         {QStringLiteral("Edellisen suunnitelman osatavoitteiden toteutuminen"),
          QStringLiteral("Edellisen suunnitelman osatavoite"), QStringLiteral("Toteutuminen"),
          QStringLiteral("Huomautus"), QStringLiteral("Finnish A1"),
          QStringLiteral("Toteutui osittain"), QStringLiteral("Knows Vaasa's services"),
          QStringLiteral("Muutettu")}},
        {"sv",
         {QStringLiteral("Översyn av den föregående integrationsplanens delmål"),
          QStringLiteral("Delmål i den föregående planen"), QStringLiteral("Utfall"),
          QStringLiteral("Anmärkning"), QStringLiteral("Finnish A1"),
          QStringLiteral("Delvis uppnått"), QStringLiteral("Knows Vaasa's services"),
          QStringLiteral("Ändrat")}},
    };
    for (const auto &[language, expected] : cases) {
        INFO(language);
        const QString name = QStringLiteral("review-outcomes-") + QLatin1String(language);
        const QString path = dir.filePath(name + QStringLiteral(".pdf"));
        const PlanDocument document(reviewWithOutcomes(), test::fullClient(),
                                    QLatin1String(language), previousSubGoals());
        REQUIRE(PdfWriter::write(document, path).ok);
        test::savePagePictures(path, name);
        const QString text = test::pdfText(path, 0, 0, true);
        QString missing;
        CHECK(test::inOrder(text, expected, &missing));
        INFO("missing: " << missing.toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("A first plan prints no review section, and an unassessed sub-goal prints blank",
          "[pdf][review]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.pdf"));
    REQUIRE(PdfWriter::write(
                PlanDocument(test::fullPlan(1), test::fullClient(), QStringLiteral("en")), first)
                .ok);
    CHECK_FALSE(test::pdfText(first).contains(QStringLiteral("Review of the previous plan")));

    Plan review = reviewWithOutcomes();
    review.outcomes = {{0, Outcome::Unset, {}}, {1, Outcome::Achieved, {}}};
    const QString path = dir.filePath(QStringLiteral("unassessed.pdf"));
    REQUIRE(PdfWriter::write(
                PlanDocument(review, test::fullClient(), QStringLiteral("en"), previousSubGoals()),
                path)
                .ok);
    const QString text = test::pdfText(path);
    QString missing;
    CHECK(test::inOrder(text,
                        {QStringLiteral("Note"), QStringLiteral("Finnish A1"),
                         QStringLiteral("Knows Vaasa's services"), QStringLiteral("Achieved")},
                        &missing));
    CHECK(missing.isEmpty());
    CHECK_FALSE(text.contains(QStringLiteral("Not assessed")));
}
