// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The field table (ClientFields, PlanFields) against every place a field must be: a widget in
// the editor, a column in the database, a key in the exchange file, and the round trips of the
// store, the exchange file, the editor and the save conflict.
#include "TestSupport.h"

#include "editor/FieldProblems.h"
#include "editor/FieldWidgets.h"
#include "editor/PlanEditor.h"
#include "exchange/PlanJson.h"
#include "fields/ClientFields.h"
#include "fields/PlanFields.h"
#include "sections/ClientSection.h"
#include "stores/ClientStore.h"
#include "stores/PlanReviews.h"
#include "stores/PlanStore.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kotoplan;
using namespace kotoplan::test;

namespace {

// Two stored plans of one client that together fill every field of the table: a signed review
// of the plan before it, with the outcomes of its sub-goals and a main goal with a text, and a
// draft first plan with the occupational goals of work.
struct Samples
{
    Client client;
    QList<Plan> plans;
};

Samples storeSamples(QSqlDatabase db)
{
    ReviewCase reviewCase = storeSignedPlanWithReviewDraft(db);
    Plan review = reviewCase.review;
    review.mainGoal = MainGoal::Other;
    review.mainGoalText = QStringLiteral("A driving licence");
    review.occupationPrimary.clear();
    review.occupationAlternatives.clear();
    for (SubGoalOutcome &row : review.outcomes) {
        row.outcome = Outcome::Achieved;
        row.note = QStringLiteral("Passed A2 in June");
    }
    review.status = PlanStatus::Signed;
    review.signedOn = review.draftedOn;
    review.signedBy = QStringLiteral("Liisa Virtanen");
    const StoreResult saved = PlanStore(db).save(review);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    Plan draft = fullPlan(review.clientId);
    REQUIRE(PlanStore(db).save(draft).ok());
    return {*ClientStore(db).load(review.clientId), {review, draft}};
}

template<typename T>
void checkSameFields(const QList<FieldSpec<T>> &fields, const T &expected, const T &actual)
{
    for (const FieldSpec<T> &field : fields) {
        INFO("field " << field.key.toStdString());
        CHECK(field.text(actual) == field.text(expected));
    }
}

bool columnExists(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 0").arg(column, table));
}

} // namespace

TEST_CASE("Every field of the table has a widget, a column and a JSON key", "[fields]")
{
    TempDatabase temp;
    PlanEditor editor;
    for (const FieldSpec<Plan> &field : PlanFields::all()) {
        INFO("plan field " << field.key.toStdString());
        if (field.widget != FieldWidget::None)
            CHECK(FieldProblems::inputFor(&editor, field.key) != nullptr);
        CHECK_FALSE(field.jsonKey.isEmpty());
        REQUIRE_FALSE(field.columns.isEmpty());
        for (const QString &column : field.columns) {
            INFO("column " << column.toStdString());
            CHECK(columnExists(temp.connection(),
                               field.rowTable.isEmpty() ? QStringLiteral("plan") : field.rowTable,
                               column));
        }
    }
    for (const FieldSpec<Client> &field : ClientFields::all()) {
        INFO("client field " << field.key.toStdString());
        CHECK(FieldProblems::inputFor(editor.clientSection(),
                                      QStringLiteral("client.") + field.key) != nullptr);
        CHECK_FALSE(field.jsonKey.isEmpty());
        REQUIRE_FALSE(field.columns.isEmpty());
        CHECK(columnExists(temp.connection(),
                           field.rowTable.isEmpty() ? QStringLiteral("client") : field.rowTable,
                           field.columns.constFirst()));
    }
}

TEST_CASE("The samples fill every field of the table, so each round trip tests each field",
          "[fields]")
{
    TempDatabase temp;
    const Samples samples = storeSamples(temp.connection());
    for (const FieldSpec<Plan> &field : PlanFields::all()) {
        INFO("plan field " << field.key.toStdString());
        bool filled = false;
        for (const Plan &plan : samples.plans)
            filled = filled || field.text(plan) != field.text(Plan{});
        CHECK(filled);
    }
    for (const FieldSpec<Client> &field : ClientFields::all()) {
        INFO("client field " << field.key.toStdString());
        CHECK(field.text(samples.client) != field.text(Client{}));
    }
}

TEST_CASE("Every field survives the store", "[fields]")
{
    TempDatabase temp;
    const Samples samples = storeSamples(temp.connection());
    const Result<Client> client = ClientStore(temp.connection()).load(samples.client.id);
    REQUIRE(client);
    checkSameFields(ClientFields::all(), samples.client, *client);
    for (const Plan &plan : samples.plans) {
        const Result<Plan> loaded = PlanStore(temp.connection()).load(plan.id);
        REQUIRE(loaded);
        checkSameFields(PlanFields::all(), plan, *loaded);
        CHECK(*loaded == plan);
    }
}

TEST_CASE("Every field survives the exchange file", "[fields]")
{
    TempDatabase temp;
    const Samples samples = storeSamples(temp.connection());
    ExchangeEnvelope envelope;
    envelope.exportedAt = QDateTime(QDate(2025, 10, 3), QTime(8, 15), Qt::UTC);
    envelope.withLifeSituation = true;
    for (const Plan &plan : samples.plans) {
        const PlanJson::Read read = PlanJson::read(PlanJson::write(samples.client, plan, envelope));
        for (const Problem &problem : read.problems)
            UNSCOPED_INFO(problem.field.toStdString() << ": " << problem.message.toStdString());
        REQUIRE(read.problems.isEmpty());
        CHECK(read.warnings.isEmpty());
        checkSameFields(ClientFields::all(), samples.client, read.client);
        checkSameFields(PlanFields::all(), plan, read.plan);
        // The file carries no ids and no row versions: everything else comes back.
        Plan expected = plan;
        expected.id = expected.clientId = expected.previousPlanId = 0;
        expected.rowVersion = 0;
        CHECK(read.plan == expected);
        Client expectedClient = samples.client;
        expectedClient.id = 0;
        expectedClient.rowVersion = 0;
        CHECK(read.client == expectedClient);
    }
}

TEST_CASE("Every field survives the editor: the sections fill and read every widget", "[fields]")
{
    TempDatabase temp;
    const Samples samples = storeSamples(temp.connection());
    PlanEditor editor;
    for (const Plan &plan : samples.plans) {
        // Filled: each plain field's widget shows the value.
        editor.load(samples.client, plan, plan.firstPlanDate,
                    PlanReviews(temp.connection()).previousSubGoals(plan));
        for (const FieldSpec<Plan> &field : PlanFields::all()) {
            if (field.widget != FieldWidget::Plain)
                continue;
            INFO("plan field " << field.key.toStdString());
            const QWidget *widget = fieldWidgets::widgetFor(&editor, field.key);
            REQUIRE(widget);
            CHECK(fieldWidgets::typed(widget, field.type) == field.get(plan));
        }
        // Read: what is typed into the empty widgets of the plain fields comes back.
        Plan blank = plan;
        Client blankClient = samples.client;
        for (const FieldSpec<Plan> &field : PlanFields::all()) {
            if (field.widget == FieldWidget::Plain)
                field.take(blank, Plan{});
        }
        for (const FieldSpec<Client> &field : ClientFields::all())
            field.take(blankClient, Client{});
        editor.load(blankClient, blank, plan.firstPlanDate,
                    PlanReviews(temp.connection()).previousSubGoals(plan));
        for (const FieldSpec<Plan> &field : PlanFields::all()) {
            if (field.widget == FieldWidget::Plain)
                fieldWidgets::show(fieldWidgets::widgetFor(&editor, field.key), field.type,
                                   field.get(plan));
        }
        for (const FieldSpec<Client> &field : ClientFields::all())
            fieldWidgets::show(fieldWidgets::widgetFor(editor.clientSection(),
                                                       QStringLiteral("client.") + field.key),
                               field.type, field.get(samples.client));
        checkSameFields(PlanFields::all(), plan, editor.plan());
        CHECK(editor.plan() == plan);
        CHECK(editor.client() == samples.client);

        editor.load(samples.client, plan, plan.firstPlanDate,
                    PlanReviews(temp.connection()).previousSubGoals(plan));
        checkSameFields(ClientFields::all(), samples.client, editor.client());
        checkSameFields(PlanFields::all(), plan, editor.plan());
        CHECK(editor.plan() == plan);
        CHECK(editor.client() == samples.client);
    }
}

TEST_CASE("Every field survives the save conflict: the table carries every value of the plan",
          "[fields]")
{
    TempDatabase temp;
    const Samples samples = storeSamples(temp.connection());
    for (const Plan &plan : samples.plans) {
        // Taking every field over an empty plan gives the plan back: no value is left out.
        Plan taken;
        for (const FieldSpec<Plan> &field : PlanFields::all())
            field.take(taken, plan);
        taken.id = plan.id;
        taken.clientId = plan.clientId;
        taken.rowVersion = plan.rowVersion;
        checkSameFields(PlanFields::all(), plan, taken);
        CHECK(taken == plan);
    }
    Client taken;
    for (const FieldSpec<Client> &field : ClientFields::all())
        field.take(taken, samples.client);
    taken.id = samples.client.id;
    taken.rowVersion = samples.client.rowVersion;
    CHECK(taken == samples.client);
}
