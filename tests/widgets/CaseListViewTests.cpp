// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "views/CaseListView.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kotoplan;

TEST_CASE("The case list counts every case, reads more as it scrolls, and finds any client",
          "[widgets]")
{
    test::TempDatabase db;
    ClientStore store(db.connection());
    const int count = 2 * CaseListModel::batchSize + 30;
    qint64 lastId = 0;
    for (int i = 1; i <= count; ++i) {
        Client client;
        client.name = i == count ? QStringLiteral("Ölander Ystävä")
                                 : QStringLiteral("Asiakas %1").arg(i, 3, 10, QLatin1Char('0'));
        client.dateOfBirth = QDate(1970, 1, 1).addDays(i);
        REQUIRE(store.save(client).ok());
        lastId = client.id;
    }
    CaseListModel model(db.connection());
    CaseListView view;
    view.setModel(&model);
    view.resize(900, 500);
    view.show();
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
