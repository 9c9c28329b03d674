// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The window keeps its hold on the SQLite file while the officer browses the database's folder
// in any of the program's file dialogs: SQLite's POSIX locks are dropped for the whole process
// as soon as anything in it closes a descriptor of the file.
#include "TestSupport.h"
#include "actions/ExchangeActions.h"
#include "actions/PrintActions.h"
#include "actions/ProgrammeActions.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "stores/PlanStore.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <functional>

using namespace kotoplan;

namespace {

// The POSIX locks this process holds on the database and its shared-memory file, as the kernel
// lists them in /proc/locks.
int locksHeld(const QString &database)
{
    QList<quint64> inodes;
    const QStringList paths = {database, database + QStringLiteral("-shm")};
    for (const QString &path : paths) {
        struct stat status
        {};
        if (::stat(QFile::encodeName(path).constData(), &status) == 0)
            inodes.append(quint64(status.st_ino));
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX ADVISORY READ 1234 08:01:5678 128 128"; waiting locks have "->" first.
        if (fields.size() < 6 || fields.at(1) != "POSIX" || fields.at(4) != pid)
            continue;
        const quint64 inode = fields.at(5).split(':').value(2).toULongLong();
        if (inodes.contains(inode))
            ++held;
    }
    return held;
}

// Waits for the next modal file dialog, browses it into `folder`, waits until it has listed
// and described every file there (icon and type), then cancels it. Returns the locks held while
// the folder was shown.
struct Browse
{
    QString folder;
    QString database;
    int locksWhileShown = -1;
    QString title;

    void arm()
    {
        QTimer::singleShot(50, [this] { browse(); });
    }

    void browse()
    {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(50, [this] { browse(); });
            return;
        }
        title = dialog->windowTitle();
        dialog->setDirectory(folder);
        auto *model = dialog->findChild<QFileSystemModel *>();
        const QStringList files = QDir(folder).entryList(QDir::Files);
        for (int attempt = 0; model && attempt < 60; ++attempt) {
            const QModelIndex parent = model->index(folder);
            int described = 0;
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex name = model->index(row, 0, parent);
                (void)name.data(Qt::DecorationRole);
                if (!model->index(row, 2, parent).data().toString().isEmpty())
                    ++described;
            }
            if (described >= files.size() && attempt > 5)
                break;
            QTest::qWait(50);
        }
        dialog->grab(); // paints every row, as the screen would
        QTest::qWait(100);
        locksWhileShown = locksHeld(database);
        dialog->reject();
    }
};

// A second program on the same file: it opens, reads and closes, and on its close SQLite
// checkpoints and removes the write-ahead log when it finds nobody else holding the file.
int runSecondProgram(const QString &database)
{
    QProcess second;
    second.start(QStringLiteral(KOTOPLAN_EXECUTABLE),
                 {QStringLiteral("list"), QStringLiteral("--database"), database});
    second.waitForFinished(20000);
    return second.exitCode();
}

} // namespace

TEST_CASE("Browsing the database's folder in every file dialog keeps the window's locks",
          "[widgets][sqlite][locks]")
{
    test::TempDatabase db;
    const Plan plan = test::storeFullCase(db.connection());
    const QString database = db.path();
    MainWindow window(db.connection());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFromList(plan.clientId, plan.id);
    // Something written: the write-ahead log holds it until a checkpoint.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("UPDATE client SET phone = '+358401111111'")));
    REQUIRE(QFileInfo(database + QStringLiteral("-wal")).size() > 0);
    // A copy beside it lists in the dialogs too. Made by SQLite itself: QFile::copy would open
    // and close the database file, and that alone would release the locks.
    QSqlQuery copy(db.connection());
    REQUIRE(copy.exec(QStringLiteral("VACUUM INTO '%1/copy.sqlite'").arg(db.folder())));
    REQUIRE(test::writeFile(db.folder() + QStringLiteral("/plan.json"), QByteArrayLiteral("{}")));
    QSqlQuery(db.connection()).exec(QStringLiteral("SELECT COUNT(*) FROM client"));
    // A shared lock on the database file and one on its shared-memory file.
    const int before = locksHeld(database);
    REQUIRE(before >= 2);

    auto *exchange = window.findChild<ExchangeActions *>();
    auto *programme = window.findChild<ProgrammeActions *>();
    REQUIRE(exchange);
    REQUIRE(programme);
    SettingsDialog settings(&window);
    auto *browseButton = settings.findChild<QPushButton *>(QStringLiteral("browseButton"));
    const QList<std::pair<QString, std::function<void()>>> dialogs = {
        {QStringLiteral("Save as PDF"),
         [&] {
             window.printActions()->savePdfAction()->trigger();
         }},
        {QStringLiteral("Export: the folder's Browse…"),
         [&] {
             // The export dialog opens first; its Browse… opens the folder dialog.
             QTimer::singleShot(0, [] {
                 auto *exportDialog =
                     qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
                 if (!exportDialog)
                     return;
                 exportDialog->findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
                 exportDialog->reject();
             });
             exchange->exportAction()->trigger();
         }},
        {QStringLiteral("Import"),
         [&] {
             exchange->importAction()->trigger();
         }},
        {QStringLiteral("Programme as PDF"),
         [&] {
             programme->saveProgrammeAction()->trigger();
         }},
        {QStringLiteral("Settings: database file"),
         [&] {
             if (browseButton)
                 browseButton->click();
         }},
    };
    for (const auto &[name, open] : dialogs) {
        INFO(name.toStdString());
        Browse browse{db.folder(), database, -1, {}};
        browse.arm();
        open();
        CHECK_FALSE(browse.title.isEmpty()); // the dialog was shown
        CHECK(browse.locksWhileShown == before);
        CHECK(locksHeld(database) == before);
    }

    // A second program comes and goes: the window's log stays, and with it the change.
    const QString wal = database + QStringLiteral("-wal");
    struct stat walBefore
    {};
    REQUIRE(::stat(QFile::encodeName(wal).constData(), &walBefore) == 0);
    CHECK(runSecondProgram(database) == 0);
    struct stat walAfter
    {};
    REQUIRE(::stat(QFile::encodeName(wal).constData(), &walAfter) == 0);
    CHECK(walAfter.st_ino == walBefore.st_ino);
    REQUIRE(QSqlQuery(db.connection())
                .exec(QStringLiteral("UPDATE client SET phone = '+358402222222'")));
    QProcess reader;
    reader.start(QStringLiteral("sqlite3"), {database, QStringLiteral("SELECT phone FROM client")});
    reader.waitForFinished(10000);
    CHECK(QString::fromUtf8(reader.readAllStandardOutput()).trimmed() ==
          QStringLiteral("+358402222222"));
}

TEST_CASE("Qt's own file dialog, which guesses types from the contents, would drop the locks",
          "[widgets][sqlite][locks]")
{
    // Why the program's dialogs are lock-safe: the same folder in a plain QFileDialog with
    // Qt's icon provider releases SQLite's locks of this process.
    test::TempDatabase db;
    test::storeFullCase(db.connection());
    QSqlQuery(db.connection()).exec(QStringLiteral("SELECT COUNT(*) FROM client"));
    const int before = locksHeld(db.path());
    REQUIRE(before >= 2);
    Browse browse{db.folder(), db.path(), -1, {}};
    browse.arm();
    QFileDialog::getOpenFileName(nullptr, QStringLiteral("Qt's own"), db.folder(), {}, nullptr,
                                 QFileDialog::DontUseNativeDialog);
    CHECK(browse.locksWhileShown < before);
}
