// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "domain/Clock.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

// The case list over a database, shown at `size`, as the main window holds it.
struct ShownList
{
    ShownList(const QSqlDatabase &db, QSize size)
        : model(db)
    {
        view.setModel(&model);
        view.resize(size);
        view.show();
    }
    CaseListModel model;
    CaseListView view;
};

} // namespace

TEST_CASE("The case list counts every case, reads more as it scrolls, and finds any client",
          "[widgets]")
{
    test::TempDatabase db;
    const int count = 2 * CaseListModel::batchSize + 30;
    qint64 lastId = 0;
    for (int i = 1; i <= count; ++i) {
        lastId = test::storeClient(
            db.connection(),
            i == count ? QStringLiteral("Ölander Ystävä")
                       : QStringLiteral("Asiakas %1").arg(i, 3, 10, QLatin1Char('0')),
            QDate(1970, 1, 1).addDays(i));
    }
    ShownList list(db.connection(), QSize(900, 500));
    CaseListModel &model = list.model;
    CaseListView &view = list.view;
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    auto *countLabel = view.findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(countLabel);
    // The count is of every case, not of the rows read so far. Counting reads every client, so
    // it follows a moment after the rows.
    CHECK(QTest::qWaitFor(
        [&] { return countLabel->text().startsWith(QString::number(count) + QLatin1Char(' ')); }));
    CHECK(model.rowCount() < count);

    // Scrolling to the end reads the next rows, as many times as it takes.
    for (int i = 0; i < 5 && model.canFetchMore(); ++i) {
        table->scrollToBottom();
        QTest::qWait(20);
    }
    CHECK(model.rowCount() == count);
    test::saveScreenshot(view, QStringLiteral("case-list-scrolled"));

    // The last client in name order is found as the officer types, and Enter opens it.
    table->scrollToTop();
    test::typeText(view.searchEdit(), QStringLiteral("ystävä"));
    REQUIRE(model.rowCount() == 1);
    // A search whose matches all fit in the first rows is counted at once.
    CHECK(countLabel->text().startsWith(QStringLiteral("1 ")));
    QSignalSpy opened(&view, &CaseListView::openRequested);
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() == lastId);
    test::saveScreenshot(view, QStringLiteral("case-list-search-beyond-batch"));

    // Selecting a client beyond the rows read makes it the current row.
    view.searchEdit()->clear();
    REQUIRE(model.rowCount() == CaseListModel::batchSize);
    view.selectClient(lastId);
    REQUIRE(table->currentIndex().isValid());
    CHECK(table->currentIndex().data(CaseListModel::ClientIdRole).toLongLong() == lastId);
}

TEST_CASE("The case list paints its cells as Qt's own item painting does and elides a long name",
          "[widgets]")
{
    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    PlanStore plans(db.connection());
    // Names in the scripts officers meet, one too long for its column, with plans that fill
    // every column (a meeting today is bold, as a review overdue is red and bold).
    const QStringList names = {
        QStringLiteral("Amina Hassan"),
        QStringLiteral("أحمد عبد الله"),
        QStringLiteral("Олена Коваленко"),
        QStringLiteral("Maria-Alexandra Konstantinopoulou-Papadimitriou Wijeratne-Seneviratne"),
    };
    for (int i = 0; i < names.size(); ++i) {
        const qint64 clientId =
            test::storeClient(db.connection(), names.at(i), QDate(1980 + i, 1 + i, 10 + i));
        if (i == 0)
            continue; // one client without a plan yet
        Plan plan;
        plan.clientId = clientId;
        plan.draftedOn = QDate(2026, 11, 1 + i);
        plan.nextMeeting = QDateTime(QDate(2026, 11, 23 + i - 1), QTime(9 + i, 30));
        REQUIRE(plans.save(plan).ok());
    }
    ShownList list(db.connection(), QSize(900, 300));
    CaseListModel &model = list.model;
    CaseListView &view = list.view;
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    REQUIRE(model.rowCount() == names.size());
    table->selectRow(1);
    table->setFocus();

    // The test covers elision: the longest name does not fit its column.
    int longRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).name == names.last())
            longRow = row;
    }
    REQUIRE(longRow >= 0);
    REQUIRE(table->fontMetrics().horizontalAdvance(names.last()) >
            table->columnWidth(CaseListModel::Name));

    const QImage painted = table->viewport()->grab().toImage();
    // Qt's own delegate, as the list had it: the same pixels, whatever the script, the
    // selection, the colour or the weight.
    QAbstractItemDelegate *own = table->itemDelegate();
    QStyledItemDelegate reference;
    table->setItemDelegate(&reference);
    const QImage expected = table->viewport()->grab().toImage();
    table->setItemDelegate(own);
    const QDir screenshots =
        QFileInfo(test::saveScreenshot(view, QStringLiteral("case-list-scripts"))).dir();
    CHECK(painted == expected);
    if (painted != expected) {
        painted.save(screenshots.filePath(QStringLiteral("case-list-cells-painted.png")));
        expected.save(screenshots.filePath(QStringLiteral("case-list-cells-expected.png")));
    }
}

TEST_CASE("Down in the search box moves into the matches, Enter opens the one chosen and Escape "
          "clears the search",
          "[widgets]")
{
    test::TempDatabase db;
    QList<qint64> ids;
    for (const QString &name :
         {QStringLiteral("Ali Hassan"), QStringLiteral("Alina Virtanen"), QStringLiteral("Bo Ek")})
        ids.append(test::storeClient(db.connection(), name, QDate(1990, 1, 1)));
    ShownList list(db.connection(), QSize(900, 400));
    CaseListModel &model = list.model;
    CaseListView &view = list.view;
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    view.searchEdit()->setFocus();
    test::typeText(view.searchEdit(), QStringLiteral("ali"));
    REQUIRE(model.rowCount() == 2);

    // Down: the list takes the keys, on the first match, selected.
    QTest::keyClick(view.searchEdit(), Qt::Key_Down);
    CHECK(table->hasFocus());
    REQUIRE(table->currentIndex().isValid());
    CHECK(table->currentIndex().row() == 0);
    CHECK(table->selectionModel()->isRowSelected(0, {}));
    // On to the second, and Enter opens that one.
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    QSignalSpy opened(&view, &CaseListView::openRequested);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().at(0).toLongLong() == ids.at(1));

    // A search that finds no one leaves the keys in the search box.
    view.searchEdit()->setFocus();
    view.searchEdit()->clear();
    test::typeText(view.searchEdit(), QStringLiteral("nobody"));
    REQUIRE(model.rowCount() == 0);
    QTest::keyClick(view.searchEdit(), Qt::Key_Down);
    CHECK(view.searchEdit()->hasFocus());

    // Escape clears the search: every case again, the keys still in the search box.
    QTest::keyClick(view.searchEdit(), Qt::Key_Escape);
    CHECK(view.searchEdit()->text().isEmpty());
    CHECK(model.rowCount() == 3);
    CHECK(view.searchEdit()->hasFocus());
}

TEST_CASE("A long Arabic name is cut at its end on the left with the dots there", "[widgets]")
{
    test::TempDatabase db;
    const QString longName = QStringLiteral("عبد الرحمن بن محمد بن عبد الله الهاشمي القرشي");
    test::storeClient(db.connection(), longName, QDate(1980, 3, 3));
    ShownList list(db.connection(), QSize(900, 300));
    CaseListModel &model = list.model;
    CaseListView &view = list.view;
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.tableView();
    table->horizontalHeader()->resizeSection(CaseListModel::Name, 160);
    const QModelIndex name = model.index(0, CaseListModel::Name);
    REQUIRE(table->fontMetrics().horizontalAdvance(longName) > 160);
    const QImage image = table->viewport()->grab().toImage();
    const QRect cell = table->visualRect(name);
    test::saveScreenshot(view, QStringLiteral("case-list-arabic-elided"));

    // Ink: what is clearly darker than the cell's own background.
    const QColor background = image.pixelColor(cell.left() + 1, cell.top() + 1);
    const auto ink = [&](int x, int y) {
        return image.pixelColor(x, y).lightness() < background.lightness() - 80;
    };
    int left = cell.right();
    int right = cell.left();
    for (int x = cell.left(); x < cell.right(); ++x) {
        for (int y = cell.top(); y < cell.bottom(); ++y) {
            if (ink(x, y)) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
        }
    }
    REQUIRE(right - left > 100);
    // How tall the ink is in a strip 6 pixels wide: the dots of "…" are a pixel or three, a
    // letter is more.
    const auto height = [&](int from) {
        int top = cell.bottom();
        int bottom = cell.top();
        for (int x = from; x < from + 6; ++x) {
            for (int y = cell.top(); y < cell.bottom(); ++y) {
                if (ink(x, y)) {
                    top = qMin(top, y);
                    bottom = qMax(bottom, y);
                }
            }
        }
        return bottom - top + 1;
    };
    CHECK(height(left) <= 3);     // the dots, on the left, where the name is cut
    CHECK(height(right - 5) > 4); // its first word, whole, on the right
}
