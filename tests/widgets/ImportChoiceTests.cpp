// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// File > Import of a plan for a known client whose details in the file differ: the officer
// chooses field by field, and Cancel changes nothing.
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/ExchangeActions.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/FileDialogs.h"
#include "domain/Clock.h"
#include "exchange/PlanJson.h"
#include "models/SaveConflictModel.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace kotoplan;

namespace {

// The known client's plan file from another municipality, where they have moved.
QString movedClientFile(const QTemporaryDir &folder)
{
    Client moved = test::fullClient();
    moved.address = QStringLiteral("Uusikatu 1");
    moved.phone = QStringLiteral("+358409999999");
    const ExchangeEnvelope envelope{QStringLiteral("Vaasan kaupunki"),
                                    QStringLiteral("Liisa Virtanen"),
                                    QStringLiteral("TE"),
                                    QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC),
                                    QStringLiteral("plan.pdf"),
                                    QString(64, QLatin1Char('a')),
                                    false};
    const QString path = folder.filePath(QStringLiteral("moved.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(PlanJson::write(moved, test::fullPlan(0), envelope)).toJson());
    return path;
}

// Answers the choice that is about to open, as the officer would.
void whenChoiceShown(std::function<void(ConflictDialog *)> answer, bool *shown)
{
    QTimer::singleShot(0, qApp, [answer, shown] {
        if (auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget())) {
            *shown = true;
            answer(dialog);
        }
    });
}

QList<AuditEntry> linesOf(QSqlDatabase db, AuditAction action)
{
    AuditFilter filter;
    filter.action = action;
    return AuditLog(db, {}).query(filter);
}

} // namespace

TEST_CASE("Import for a known client whose details differ lets the officer choose field by "
          "field",
          "[widgets][exchange][import]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    Client stored = test::fullClient();
    REQUIRE(ClientStore(db.connection()).save(stored).ok());
    QTemporaryDir folder;
    const QString path = movedClientFile(folder);
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ExchangeActions *actions = window.findChild<ExchangeActions *>();
    REQUIRE(actions);

    SECTION("Taking only the phone, with the keyboard")
    {
        bool shown = false;
        QStringList keys;
        QStringList kept;
        whenChoiceShown(
            [&](ConflictDialog *dialog) {
                SaveConflictModel *model = dialog->model();
                for (int row = 0; row < model->rowCount(); ++row) {
                    keys.append(model->index(row, SaveConflictModel::Field)
                                    .data(SaveConflictModel::KeyRole)
                                    .toString());
                    if (model->index(row, SaveConflictModel::Mine).data(Qt::CheckStateRole) ==
                        Qt::Checked)
                        kept.append(keys.last());
                }
                CHECK(model->headerData(SaveConflictModel::Mine, Qt::Horizontal).toString() ==
                      QStringLiteral("Keep stored"));
                CHECK(model->headerData(SaveConflictModel::Theirs, Qt::Horizontal).toString() ==
                      QStringLiteral("Take from the file"));
                // Enter in the table imports nothing the officer has not looked at.
                CHECK_FALSE(dialog->saveButton()->isDefault());
                test::saveScreenshot(*dialog, QStringLiteral("import-client-choice"));
                QTableView *view = dialog->tableView();
                view->setFocus();
                view->setCurrentIndex(model->index(0, SaveConflictModel::Theirs));
                QTest::keyClick(view, Qt::Key_Down); // the phone's row
                QTest::keyClick(view, Qt::Key_Space);
                dialog->saveButton()->setFocus();
                QTest::keyClick(dialog->saveButton(), Qt::Key_Space);
            },
            &shown);
        FileDialogs::setNextAnswer(path);
        actions->importAction()->trigger();
        REQUIRE(shown);
        CHECK(keys == QStringList{QStringLiteral("address"), QStringLiteral("phone")});
        // Every row starts on the stored value.
        CHECK(kept == keys);

        const Client now = *ClientStore(db.connection()).load(stored.id);
        CHECK(now.phone == QStringLiteral("+358409999999"));
        CHECK(now.address == stored.address);
        CHECK(ClientStore(db.connection()).count() == 1);
        CHECK(PlanStore(db.connection()).count() == 1);
        const QList<AuditEntry> imported = linesOf(db.connection(), AuditAction::Imported);
        REQUIRE(imported.size() == 1);
        CHECK(imported.first().detail.endsWith(QStringLiteral(" took=phone")));
    }

    SECTION("Cancel imports nothing and changes nothing")
    {
        bool shown = false;
        whenChoiceShown(
            [](ConflictDialog *dialog) {
                dialog->tableView()->setCurrentIndex(
                    dialog->model()->index(1, SaveConflictModel::Theirs));
                QTest::keyClick(dialog->tableView(), Qt::Key_Space);
                QTest::mouseClick(
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                    Qt::LeftButton);
            },
            &shown);
        FileDialogs::setNextAnswer(path);
        actions->importAction()->trigger();
        REQUIRE(shown);
        const Client now = *ClientStore(db.connection()).load(stored.id);
        CHECK(now.phone == stored.phone);
        CHECK(now.address == stored.address);
        CHECK(now.rowVersion == stored.rowVersion);
        CHECK(PlanStore(db.connection()).count() == 0);
        CHECK(linesOf(db.connection(), AuditAction::Imported).isEmpty());
        CHECK(linesOf(db.connection(), AuditAction::Changed).isEmpty());
    }
}
