// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// No text cut off: every window and dialog, in Finnish, Swedish and English, at a small
// laptop's screen (1366×768) and a desktop's (1920×1080).
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/FollowUpActions.h"
#include "actions/LanguageActions.h"
#include "demo/DemoData.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/MunicipalityDialog.h"
#include "dialogs/ServiceCatalogueEditor.h"
#include "dialogs/SettingsDialog.h"
#include "domain/Clock.h"
#include "editor/PlanEditor.h"
#include "i18n/Translations.h"
#include "models/CaseListModel.h"
#include "models/SubGoalOutcomeModel.h"
#include "sections/OutcomesSection.h"
#include "views/StatisticsView.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// The text as drawn: a mnemonic's & is not.
QString shown(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// "objectName: text" of every label, button and combo box whose text is wider than the room it
// has on screen.
QStringList clippedTexts(QWidget &root)
{
    QStringList clipped;
    const auto report = [&clipped](const QWidget *widget, const QString &text) {
        clipped.append(QStringLiteral("%1 (%2): %3")
                           .arg(widget->objectName(),
                                QString::fromLatin1(widget->metaObject()->className()), text));
    };
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue;
        const QString text = label->buddy() ? shown(label->text()) : label->text();
        const int room =
            label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
        if (widestLine(label->fontMetrics(), text) > room)
            report(label, text);
    }
    for (QAbstractButton *button : root.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&root) || button->text().isEmpty())
            continue;
        if (button->sizeHint().width() > button->width())
            report(button, shown(button->text()));
    }
    // Every choice, not only the one shown: the next one picked must fit as well.
    for (QComboBox *combo : root.findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(&root) || combo->isEditable())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        for (int item = 0; item < combo->count(); ++item) {
            if (combo->fontMetrics().horizontalAdvance(combo->itemText(item)) > field.width())
                report(combo, combo->itemText(item));
        }
    }
    // A button that opens its menu at once gets the style's arrow drawn over the end of its
    // text unless the text makes room for it.
    for (QToolButton *button : root.findChildren<QToolButton *>()) {
        if (!button->isVisibleTo(&root) || !button->menu() ||
            button->popupMode() != QToolButton::InstantPopup ||
            button->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        const bool arrowInText = button->text().endsWith(QChar(0x25BE));
        const int indicator =
            button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
        if (!arrowInText &&
            button->fontMetrics().horizontalAdvance(button->text()) + indicator > button->width())
            report(button, button->text());
    }
    // Chart labels ending in "…".
    for (QChartView *chart : root.findChildren<QChartView *>()) {
        if (!chart->isVisibleTo(&root) || !chart->chart())
            continue;
        for (const QAbstractAxis *axis : chart->chart()->axes()) {
            if (axis->labelsTruncated())
                report(chart, chart->chart()->title());
        }
    }
    return clipped;
}

void checkNothingClipped(QWidget &window, const QString &where)
{
    QCoreApplication::processEvents();
    const QStringList clipped = clippedTexts(window);
    INFO(where.toStdString() << ": " << clipped.join(QStringLiteral(" | ")).toStdString());
    CHECK(clipped.isEmpty());
}

void showDialog(QDialog &dialog, const QString &where)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkNothingClipped(dialog, where);
    test::saveScreenshot(dialog, where);
    dialog.hide();
}

} // namespace

TEST_CASE("No label, button or choice is cut off in any window, in any language, at 1366x768 "
          "or 1920x1080",
          "[language][layout]")
{
    const QVariant savedLanguage = QSettings().value(QStringLiteral("ui/language"));
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    REQUIRE(DemoData::generate(db.connection(), 40).error.isEmpty());
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    qint64 planId = 0;
    const CaseListModel *cases = window.caseModel();
    for (int row = 0; row < cases->rowCount() && planId == 0; ++row) {
        if (cases->rowAt(row).planId > 0 && cases->rowAt(row).status == PlanStatus::Draft)
            planId = cases->rowAt(row).planId;
    }
    REQUIRE(planId > 0);
    // A review in draft, to pick an outcome in its table.
    qint64 reviewId = 0;
    for (int row = 0; row < cases->rowCount() && reviewId == 0; ++row) {
        if (cases->rowAt(row).status == PlanStatus::Draft &&
            cases->rowAt(row).kind == PlanKind::Review)
            reviewId = cases->rowAt(row).planId;
    }
    REQUIRE(reviewId > 0);

    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        window.languageActions()->choose(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            const QString where = QStringLiteral("clipped-%1-%2x%3")
                                      .arg(language)
                                      .arg(size.width())
                                      .arg(size.height());
            window.resize(size);
            window.workspace()->showList();
            checkNothingClipped(window, where + QStringLiteral("-list"));
            REQUIRE(window.workspace()->openPlan(planId));
            checkNothingClipped(window, where + QStringLiteral("-editor"));
            // The outcome being picked, in its cell.
            REQUIRE(window.workspace()->openPlan(reviewId));
            QTableView *outcomes = window.editor()->section<OutcomesSection>()->tableView();
            REQUIRE(outcomes->model()->rowCount() > 0);
            outcomes->setFocus();
            outcomes->edit(outcomes->model()->index(0, SubGoalOutcomeModel::Result));
            QCoreApplication::processEvents();
            REQUIRE(outcomes->viewport()->findChild<QComboBox *>());
            checkNothingClipped(window, where + QStringLiteral("-outcome"));
            QTest::keyClick(outcomes->viewport()->findChild<QComboBox *>(), Qt::Key_Escape);
        }
        test::saveScreenshot(window, QStringLiteral("clipped-%1-main-window").arg(language));
        auto *followUp = window.findChild<FollowUpActions *>();
        REQUIRE(followUp);
        followUp->showFollowUp();
        followUp->showAuditLog();
        // Every statistics table with its chart.
        StatisticsView statistics(db.connection());
        statistics.setYears(2024, 2026);
        statistics.resize(1000, 640);
        statistics.show();
        REQUIRE(QTest::qWaitForWindowExposed(&statistics));
        for (const StatisticsTable &table : statistics.report().tables) {
            REQUIRE(statistics.showTable(table.key));
            checkNothingClipped(
                statistics, QStringLiteral("clipped-%1-statistics-%2").arg(language, table.key));
        }
        statistics.hide();
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->isVisible())
                showDialog(*dialog, QStringLiteral("clipped-%1-%2")
                                        .arg(language, dialog->objectName().isEmpty()
                                                           ? QString::fromLatin1(
                                                                 dialog->metaObject()->className())
                                                           : dialog->objectName()));
        }
        ClientDialog client(db.connection());
        showDialog(client, QStringLiteral("clipped-%1-client-dialog").arg(language));
        SettingsDialog settings;
        showDialog(settings, QStringLiteral("clipped-%1-settings-dialog").arg(language));
        MunicipalityDialog municipality;
        showDialog(municipality, QStringLiteral("clipped-%1-municipality-dialog").arg(language));
        ServiceCatalogueEditor catalogue(db.connection());
        showDialog(catalogue, QStringLiteral("clipped-%1-catalogue-editor").arg(language));
    }
    translations::installUiLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    if (savedLanguage.isValid())
        QSettings().setValue(QStringLiteral("ui/language"), savedLanguage);
    else
        QSettings().remove(QStringLiteral("ui/language"));
}
