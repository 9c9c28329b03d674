// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The PDF handed over with the JSON holds what the JSON holds: the life-situation summary (it may
// hold health data) only when the officer asked for it, and the register says which.
#include "PdfTools.h"
#include "TestSupport.h"
#include "exchange/PlanExport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {
PlanExport::Result exportPlan(test::TempDatabase &db, qint64 planId, const QString &folder,
                              bool withLifeSituation)
{
    PlanExport::Request request;
    request.planId = planId;
    request.folder = folder;
    request.officer = QStringLiteral("Liisa Virtanen");
    request.language = QStringLiteral("en");
    request.withLifeSituation = withLifeSituation;
    return PlanExport::run(db.connection(), request);
}

QList<int> registeredLifeSituation(test::TempDatabase &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT with_life_situation FROM plan_exchange ORDER BY id"));
    QList<int> values;
    while (query.next())
        values.append(query.value(0).toInt());
    return values;
}
} // namespace

TEST_CASE("The exported PDF leaves the life situation out when the JSON does", "[print][exchange]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    // A distinctive word of the summary, which the PDF may break across lines.
    const QString summaryWord = QStringLiteral("two children");
    REQUIRE(plan.lifeSituation.contains(summaryWord));

    QTemporaryDir without;
    const PlanExport::Result plain = exportPlan(db, plan.id, without.path(), false);
    REQUIRE(plain.ok);
    const QString text = test::pdfText(plain.pdfPath);
    CHECK_FALSE(text.contains(summaryWord));
    CHECK(text.contains(QStringLiteral("Not included in this copy")));
    QFile json(plain.jsonPath);
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK_FALSE(QJsonDocument::fromJson(json.readAll())[QStringLiteral("plan")].toObject().contains(
        QStringLiteral("lifeSituation")));
    test::savePagePictures(plain.pdfPath, QStringLiteral("export-without-life-situation"));

    QTemporaryDir with;
    const PlanExport::Result full = exportPlan(db, plan.id, with.path(), true);
    REQUIRE(full.ok);
    const QString fullText = test::pdfText(full.pdfPath);
    CHECK(fullText.contains(summaryWord));
    CHECK_FALSE(fullText.contains(QStringLiteral("Not included in this copy")));

    // The register says what each hand-over held.
    CHECK(registeredLifeSituation(db) == QList<int>{0, 1});
}
