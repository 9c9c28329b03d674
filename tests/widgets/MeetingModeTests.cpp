// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "actions/FollowUpActions.h"
#include "actions/PrintActions.h"
#include "domain/Clock.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "window/CaseWorkspace.h"
#include "window/MainWindow.h"
#include "window/MeetingMode.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

const QString otherName = QStringLiteral("Abebe Kebede");

// Every text a person could read in the widget and its children: titles, labels, fields,
// buttons, the rows of lists and tables, the items of menus.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->text() << line->placeholderText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts << rich->toPlainText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            for (QAction *action : menu->actions())
                texts << action->text();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            const QModelIndex root = view->rootIndex();
            for (int row = 0; row < model->rowCount(root); ++row) {
                for (int column = 0; column < model->columnCount(root); ++column)
                    texts << model->index(row, column, root).data().toString();
            }
        }
    }
    return texts;
}

bool showsOther(const QStringList &texts)
{
    for (const QString &text : texts) {
        if (text.contains(otherName) || text.contains(QStringLiteral("Abebe")))
            return true;
    }
    return false;
}

// Each action of the menus, the sub-menus' too.
void collectActions(QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectActions(action->menu(), actions);
        else if (!action->isSeparator())
            actions.append(action);
    }
}

} // namespace

TEST_CASE("In meeting mode no window, dialog or menu shows another client", "[meeting]")
{
    // The documents folder of a user of its own, holding another client's exported plan.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toUtf8());
    QDir(home.path()).mkpath(QStringLiteral("Documents"));
    REQUIRE(test::writeFile(
        home.filePath(QStringLiteral("Documents/Abebe Kebede-2025-04-02-integration-plan.pdf")),
        "%PDF-1.4\n"));

    const FixedClock clock(QDate(2026, 11, 23));
    test::TempDatabase db;
    const Plan ours = test::storeFullCase(db.connection());
    Client other;
    other.name = otherName;
    other.dateOfBirth = QDate(1979, 5, 1);
    REQUIRE(ClientStore(db.connection()).save(other).ok());
    Plan otherPlan = test::fullPlan(other.id);
    otherPlan.draftedOn = QDate(2025, 4, 2);
    otherPlan.nextMeeting = QDateTime(QDate(2026, 11, 23), QTime(13, 0));
    REQUIRE(PlanStore(db.connection()).save(otherPlan).ok());
    REQUIRE(PlanStore(db.connection())
                .sign(otherPlan.id, otherPlan.draftedOn, QStringLiteral("Liisa Virtanen"))
                .ok());

    MainWindow window(db.connection());
    REQUIRE(test::showActive(window));
    auto *followUp = window.findChild<FollowUpActions *>();
    REQUIRE(followUp);
    // Before the meeting the follow-up lists the other client; it stays open behind.
    followUp->showFollowUp();
    REQUIRE(showsOther(visibleTexts(followUp->followUpView()->window())));
    REQUIRE(window.workspace()->openPlan(ours.id));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // One key enters the meeting.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(window.meetingMode()->isOn());
    CHECK_FALSE(followUp->followUpView()->window()->isVisible());
    CHECK_FALSE(showsOther(visibleTexts(&window)));
    CHECK(window.windowTitle() == QStringLiteral("Kotoplan – meeting"));
    test::saveScreenshot(window, QStringLiteral("meeting-01-meeting-mode"));

    // Every action of every menu and the tool bar, as the officer could choose it. A modal
    // dialog is read and closed after a moment; a window it opens is read and closed after.
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collectActions(top->menu(), actions);
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        actions += bar->actions();
    QStringList seen;
    QStringList leaks;
    QTimer watchdog;
    int ticks = 0;
    watchdog.setInterval(150);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            ticks = 0;
            return;
        }
        // A file dialog lists its folder a moment after it shows.
        if (++ticks < 4)
            return;
        ticks = 0;
        const QStringList texts = visibleTexts(modal);
        if (showsOther(texts))
            leaks << QString::fromLatin1(modal->metaObject()->className());
        seen << QString::fromLatin1(modal->metaObject()->className());
        if (qEnvironmentVariableIsSet("KOTOPLAN_TEST_DEBUG"))
            qWarning("read %s", modal->metaObject()->className());
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    watchdog.start();
    for (QAction *action : std::as_const(actions)) {
        if (qEnvironmentVariableIsSet("KOTOPLAN_TEST_DEBUG"))
            qWarning("action %s enabled %d", qPrintable(action->text()), action->isEnabled());
        // Quitting, leaving the meeting and switching languages are no windows to look into.
        if (action == window.meetingMode()->action() ||
            action->text() == QCoreApplication::translate("kotoplan::MainWindow", "&Quit") ||
            (action->actionGroup() && action->actionGroup()->isExclusive()) ||
            !action->isEnabled() || !action->isVisible())
            continue;
        INFO(action->text().toStdString());
        if (qEnvironmentVariableIsSet("KOTOPLAN_TEST_DEBUG"))
            qWarning("trigger %s", qPrintable(action->text()));
        action->trigger();
        QTest::qWait(50);
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top == &window || !top->isVisible())
                continue;
            if (showsOther(visibleTexts(top)))
                leaks << action->text();
            top->hide();
        }
        CHECK_FALSE(showsOther(visibleTexts(&window)));
        CHECK(window.meetingMode()->isOn());
    }
    watchdog.stop();
    INFO(leaks.join(QStringLiteral(", ")).toStdString());
    CHECK(leaks.isEmpty());
    // The plan's own dialogs were really opened and read: print, preview, save, export.
    INFO("dialogs read: " << seen.join(QStringLiteral(", ")).toStdString());
    CHECK(seen.contains(QStringLiteral("QFileDialog")));

    // In a meeting the save dialog opens in a folder of this client's own.
    const QString suggested = window.printActions()->suggestedPath();
    CHECK(
        QFileInfo(suggested).absolutePath().endsWith(QStringLiteral("Kotoplan/Nguyễn Thị Hương")));

    // Leaving asks nothing: the same key again.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(window.meetingMode()->isOn());
    CHECK(followUp->followUpAction()->isEnabled());
    CHECK(QApplication::activeModalWidget() == nullptr);

    qputenv("HOME", oldHome);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}
