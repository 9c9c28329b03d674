// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// The client's copy and the calendar file from the command line, read back as the client's
// PDF reader and phone would read them.
#include "CliRunner.h"
#include "PdfTools.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

test::CliRun run(const QStringList &arguments)
{
    QProcessEnvironment environment = test::englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return test::runKotoplan(arguments, environment);
}

// What Debian's python3-icalendar reads from the file (tests/cli/read_ics.py), key by key.
QMap<QString, QString> readIcs(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(KOTOPLAN_SOURCE_DIR "/tests/cli/read_ics.py"), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitCode() == 0);
    QMap<QString, QString> values;
    const QStringList lines =
        QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1Char('=')))
            values.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return values;
}

} // namespace

TEST_CASE("pdf --client-copy of a demo plan: at most two pages in fi, sv and en, every sub-goal "
          "and the next meeting, no life situation",
          "[cli][client-copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                 QStringLiteral("--clients"), QStringLiteral("8")})
                .exitCode == 0);
    // The demo plan with the most sub-goals, a life situation and a meeting still to come.
    Plan plan;
    QDateTime next;
    {
        Database database;
        REQUIRE(database.open(path).ok());
        for (const PlanSummary &summary : *PlanStore(database.connection()).search({})) {
            const Plan candidate = *PlanStore(database.connection()).load(summary.planId);
            const std::optional<Meeting> meeting =
                MeetingStore(database.connection()).nextFor(candidate);
            if (!candidate.lifeSituation.isEmpty() && meeting &&
                candidate.subGoals.size() > plan.subGoals.size()) {
                plan = candidate;
                next = meeting->startsAt;
            }
        }
    }
    REQUIRE(plan.id > 0);
    REQUIRE_FALSE(plan.subGoals.isEmpty());
    for (const char *language : {"fi", "sv", "en"}) {
        INFO(language);
        const QString code = QString::fromLatin1(language);
        const QString pdf = dir.filePath(QStringLiteral("copy-%1.pdf").arg(code));
        const test::CliRun written = run({QStringLiteral("pdf"), QStringLiteral("--database"), path,
                                          QStringLiteral("--plan"), QString::number(plan.id),
                                          QStringLiteral("--client-copy"), QStringLiteral("--lang"),
                                          code, QStringLiteral("--out"), pdf});
        REQUIRE(written.exitCode == 0);
        CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));
        CHECK(test::pdfInfo(pdf, QStringLiteral("Pages")).toInt() <= 2);
        const QString text = test::joinHyphens(test::pdfText(pdf));
        for (const SubGoal &subGoal : plan.subGoals)
            CHECK(text.contains(test::joinHyphens(subGoal.goal.simplified())));
        CHECK(text.contains(QStringLiteral("%1.%2.%3")
                                .arg(next.date().day())
                                .arg(next.date().month())
                                .arg(next.date().year())));
        CHECK_FALSE(text.contains(plan.lifeSituation.left(25).simplified()));
        test::savePagePictures(pdf, QStringLiteral("cli-client-copy-%1").arg(code));
    }
}

TEST_CASE("ics writes the next meeting that an iCalendar parser reads back at the right local "
          "time on both sides of a daylight-saving change",
          "[cli][ics]")
{
    test::TempDatabase db;
    if (test::onPostgres())
        return; // the command line test runs on a file
    // The clocks go forward on 28.3.2027 and back on 31.10.2027.
    const struct
    {
        QDateTime at;
        const char *expected;
    } meetings[] = {
        {QDateTime(QDate(2027, 3, 26), QTime(10, 0)), "2027-03-26T10:00:00+02:00"},
        {QDateTime(QDate(2027, 3, 29), QTime(10, 0)), "2027-03-29T10:00:00+03:00"},
        {QDateTime(QDate(2027, 10, 29), QTime(14, 15)), "2027-10-29T14:15:00+03:00"},
        {QDateTime(QDate(2027, 11, 1), QTime(14, 15)), "2027-11-01T14:15:00+02:00"},
    };
    QTemporaryDir dir;
    for (const auto &[at, expected] : meetings) {
        INFO(expected);
        const Plan plan = test::storeSignedCase(db.connection(), [&at = at](Plan &changed) {
            changed.nextMeeting = at;
            changed.nextMeetingPlace = QStringLiteral("Service point; room 2, 2nd floor");
        });
        const QString ics = dir.filePath(QStringLiteral("next.ics"));
        const test::CliRun written =
            run({QStringLiteral("ics"), QStringLiteral("--database"), db.path(),
                 QStringLiteral("--plan"), QString::number(plan.id), QStringLiteral("--out"), ics});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        CHECK_FALSE(QFileInfo(ics).permissions().testFlag(QFileDevice::ReadOther));
        const QByteArray bytes = test::fileBytes(ics);
        CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        CHECK(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"));
        // Nothing of the client or the plan.
        CHECK_FALSE(bytes.contains(test::fullClient().name.toUtf8()));
        CHECK_FALSE(bytes.contains(plan.lifeSituation.left(15).toUtf8()));
        CHECK_FALSE(bytes.contains(plan.subGoals.first().goal.toUtf8()));

        const QMap<QString, QString> read = readIcs(ics);
        CHECK(read.value(QStringLiteral("longest_line")).toInt() <= 75);
        CHECK(read.value(QStringLiteral("bare_lf")) == QStringLiteral("0"));
        CHECK(read.value(QStringLiteral("tzid")) == QStringLiteral("Europe/Helsinki"));
        CHECK(read.value(QStringLiteral("start")) == QString::fromLatin1(expected));
        CHECK(read.value(QStringLiteral("start_by_vtimezone")) == QString::fromLatin1(expected));
        CHECK(read.value(QStringLiteral("location")) ==
              QStringLiteral("Service point; room 2, 2nd floor"));
        const QString uid = read.value(QStringLiteral("uid"));
        CHECK_FALSE(uid.isEmpty());

        // The same meeting again: the same UID, so the phone updates it instead of adding one.
        REQUIRE(
            run({QStringLiteral("ics"), QStringLiteral("--database"), db.path(),
                 QStringLiteral("--plan"), QString::number(plan.id), QStringLiteral("--out"), ics})
                .exitCode == 0);
        CHECK(readIcs(ics).value(QStringLiteral("uid")) == uid);
    }
}

TEST_CASE("ics refuses a plan without a next meeting and an unknown plan, writing nothing",
          "[cli][ics]")
{
    test::TempDatabase db;
    if (test::onPostgres())
        return;
    const Plan plan =
        test::storeSignedCase(db.connection(), [](Plan &changed) { changed.nextMeeting = {}; });
    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("next.ics"));
    test::CliRun refused =
        run({QStringLiteral("ics"), QStringLiteral("--database"), db.path(),
             QStringLiteral("--plan"), QString::number(plan.id), QStringLiteral("--out"), ics});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("no next meeting")));
    refused = run({QStringLiteral("ics"), QStringLiteral("--database"), db.path(),
                   QStringLiteral("--plan"), QStringLiteral("999"), QStringLiteral("--out"), ics});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(ics));
    refused = run({QStringLiteral("ics"), QStringLiteral("--database"), db.path(),
                   QStringLiteral("--out"), ics});
    CHECK(refused.exitCode == 2);
}
