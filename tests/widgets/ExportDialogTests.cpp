// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PdfTools.h"
#include "TestSupport.h"
#include "actions/ExchangeActions.h"
#include "dialogs/ExportDialog.h"
#include "domain/Clock.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The export dialog offers the municipality's language and the receivers used before",
          "[exchange]")
{
    QSettings().remove(QStringLiteral("export"));
    QSettings().setValue(QStringLiteral("municipality/language"), QStringLiteral("sv"));
    QTemporaryDir out;
    {
        ExportDialog dialog(out.path());
        CHECK(dialog.language() == QStringLiteral("sv"));
        CHECK(dialog.receiver() == QStringLiteral("Employment authority"));
        CHECK_FALSE(dialog.withLifeSituation());
        dialog.receiverCombo()->setCurrentText(QStringLiteral("Pohjanmaan TE-toimisto"));
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("en")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    ExportDialog again(out.path());
    CHECK(again.language() == QStringLiteral("en"));
    CHECK(again.receiver() == QStringLiteral("Pohjanmaan TE-toimisto"));
    CHECK(again.receiverCombo()->count() == 1);
    // A folder that does not exist keeps the dialog open.
    again.folderEdit()->setText(out.filePath(QStringLiteral("missing")));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    QSettings().remove(QStringLiteral("export"));
    QSettings().remove(QStringLiteral("municipality/language"));
}

TEST_CASE("An export prints in the language chosen and names the municipality setting",
          "[exchange]")
{
    const FixedClock clock(QDate(2025, 4, 3));
    QSettings().setValue(QStringLiteral("municipality/name"), QStringLiteral("Vaasa"));
    QSettings().setValue(QStringLiteral("officer/organisation"), QStringLiteral("Sosiaalitoimi"));
    test::TempDatabase db;
    const Plan plan = test::storeSignedCase(db.connection());
    MainWindow window(db.connection());
    REQUIRE(window.workspace()->openPlan(plan.id));
    auto *exchange = window.findChild<ExchangeActions *>();
    REQUIRE(exchange);
    QTemporaryDir out;
    REQUIRE(exchange->exportTo(out.path(), QStringLiteral("TE"), false, QStringLiteral("sv")));
    const QStringList pdfs = QDir(out.path()).entryList({QStringLiteral("*.pdf")});
    REQUIRE(pdfs.size() == 1);
    CHECK(test::pdfText(out.filePath(pdfs.first())).contains(QStringLiteral("Integrationsplan")));
    const QStringList json = QDir(out.path()).entryList({QStringLiteral("*.json")});
    REQUIRE(json.size() == 1);
    QFile file(out.filePath(json.first()));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject by = QJsonDocument::fromJson(file.readAll())
                               .object()
                               .value(QStringLiteral("exportedBy"))
                               .toObject();
    CHECK(by.value(QStringLiteral("municipality")).toString() == QStringLiteral("Vaasa"));
    QSettings().remove(QStringLiteral("municipality/name"));
    QSettings().remove(QStringLiteral("officer/organisation"));
}
