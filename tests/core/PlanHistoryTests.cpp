// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "domain/Clock.h"
#include "fields/ChangedWords.h"
#include "models/PlanComparisonModel.h"
#include "models/PlanHistoryModel.h"
#include "stores/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QFont>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The plan history lists every version, newest first", "[history]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    auto [first, review] = test::storeSignedPlanWithReviewDraft(db.connection());
    review.outcomes = {{0, Outcome::Achieved, {}}, {1, Outcome::NotAchieved, {}}};
    REQUIRE(PlanStore(db.connection()).save(review).ok());

    PlanHistoryModel model(db.connection(), first.clientId);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, PlanHistoryModel::Kind).data().toString() == QStringLiteral("Review"));
    CHECK(model.index(0, PlanHistoryModel::Status).data().toString() == QStringLiteral("Draft"));
    CHECK(model.index(0, 0).data(PlanHistoryModel::PlanIdRole).toLongLong() == review.id);
    CHECK(model.index(1, PlanHistoryModel::Status).data().toString() == QStringLiteral("Signed"));
    CHECK(model.index(1, PlanHistoryModel::SignedBy).data().toString() ==
          QStringLiteral("Liisa Virtanen"));

    PlanComparisonModel comparison;
    QAbstractItemModelTester comparisonTester(
        &comparison, QAbstractItemModelTester::FailureReportingMode::Fatal);
    comparison.setPlans(model.planAt(1), model.planAt(0));
    QStringList changed;
    for (int row = 0; row < comparison.rowCount(); ++row) {
        const QModelIndex index = comparison.index(row, PlanComparisonModel::Field);
        if (index.data(PlanComparisonModel::ChangedRole).toBool()) {
            changed.append(index.data(PlanComparisonModel::KeyRole).toString());
            CHECK(index.data(Qt::FontRole).value<QFont>().bold());
        }
    }
    CHECK(changed == QStringList{QStringLiteral("draftedOn"), QStringLiteral("kind"),
                                 QStringLiteral("firstPlanDate"), QStringLiteral("subGoalOutcomes"),
                                 QStringLiteral("rightsDiscussed"),
                                 QStringLiteral("clientUnderstood"), QStringLiteral("nextMeeting"),
                                 QStringLiteral("signedOn")});
    CHECK(comparison.headerData(PlanComparisonModel::Before, Qt::Horizontal).toString() ==
          QStringLiteral("Before (2.4.2025)"));
    CHECK(comparison.index(1, PlanComparisonModel::Field).data().toString() ==
          QStringLiteral("Interpreter present"));
    CHECK(comparison.index(2, PlanComparisonModel::Field).data().toString() ==
          QStringLiteral("Date the plan was drawn up or reviewed (changed)"));
}

TEST_CASE("Changed words: what was replaced, added and removed in a long text", "[comparison]")
{
    const QString before = QStringLiteral("Studies Finnish at the adult education centre.");
    const QString after =
        QStringLiteral("Studies Swedish at the adult education centre, twice a week.");
    const ChangedWords words = ChangedWords::between(before, after);
    REQUIRE(words.removed.size() == 2);
    CHECK(before.mid(words.removed.at(0).start, words.removed.at(0).length) ==
          QStringLiteral("Finnish"));
    CHECK(before.mid(words.removed.at(1).start, words.removed.at(1).length) ==
          QStringLiteral("centre."));
    REQUIRE(words.added.size() == 2);
    CHECK(after.mid(words.added.at(0).start, words.added.at(0).length) ==
          QStringLiteral("Swedish"));
    // Neighbouring new words are one mark.
    CHECK(after.mid(words.added.at(1).start, words.added.at(1).length) ==
          QStringLiteral("centre, twice a week."));

    const ChangedWords same = ChangedWords::between(before, before);
    CHECK(same.removed.isEmpty());
    CHECK(same.added.isEmpty());

    // Beyond what is compared word by word, every word is marked.
    const QString longText = QStringLiteral("word ").repeated(ChangedWords::maxWords + 1);
    const ChangedWords whole = ChangedWords::between(longText, longText + QStringLiteral("more"));
    REQUIRE(whole.added.size() == 1);
    CHECK(whole.added.first().start == 0);
}
