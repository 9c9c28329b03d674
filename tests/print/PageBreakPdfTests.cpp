// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// Where the printed plan's pages break, read back from the PDF as a person reads the paper: a
// table row stays on one page, a label stands on the page of its box.
#include "PdfTools.h"
#include "TestSupport.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kotoplan;

namespace {

QString printPlan(const QTemporaryDir &dir, const Plan &plan, const QString &name)
{
    const PlanDocument document(plan, test::fullClient(), QStringLiteral("en"));
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const PdfWriter::Result result = PdfWriter::write(document, path);
    REQUIRE(result.ok);
    return path;
}

int pageCount(const QString &path)
{
    return test::pdfInfo(path, QStringLiteral("Pages")).toInt();
}

// The page of every occurrence of `word` (whole words only).
QList<int> pagesOf(const QStringList &pageTexts, const QString &word)
{
    const QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(word));
    QList<int> pages;
    for (int page = 0; page < pageTexts.size(); ++page) {
        for (auto it = pattern.globalMatch(pageTexts.at(page)); it.hasNext(); it.next())
            pages.append(page + 1);
    }
    return pages;
}

QStringList pageTexts(const QString &path)
{
    QStringList texts;
    for (int page = 1; page <= pageCount(path); ++page)
        texts.append(test::pdfText(path, page, page));
    return texts;
}

// A sub-goal whose measure runs `lines` lines, its first and last words marking where it starts
// and ends.
SubGoal markedSubGoal(int number, int lines)
{
    SubGoal subGoal;
    subGoal.goal = QStringLiteral("Row%1start").arg(number);
    QStringList measure;
    for (int line = 1; line < lines; ++line)
        measure << QStringLiteral("Step %1 of the measure").arg(line);
    measure << QStringLiteral("Row%1end").arg(number);
    subGoal.measure = measure.join(QLatin1Char('\n'));
    subGoal.responsible = QStringLiteral("Municipality");
    subGoal.schedule = QStringLiteral("Row%1when").arg(number);
    return subGoal;
}

} // namespace

TEST_CASE("A sub-goal row never splits across pages", "[pdf]")
{
    QTemporaryDir dir;
    // Rows of one to nine lines: wherever the page ends, some row stands across it unless the
    // layout moves it.
    for (int offset = 0; offset < 4; ++offset) {
        Plan plan = test::fullPlan(1);
        plan.subGoals.clear();
        for (int i = 1; i <= 30; ++i)
            plan.subGoals.append(markedSubGoal(i, (i * 7 + offset) % 9 + 1));
        const QString name = QStringLiteral("rows-whole-%1").arg(offset);
        const QString path = printPlan(dir, plan, name);
        test::savePagePictures(path, name);
        const QStringList pages = pageTexts(path);
        INFO("layout " << offset << ", " << pages.size() << " pages");
        REQUIRE(pages.size() >= 4);
        for (int i = 1; i <= 30; ++i) {
            INFO("sub-goal " << i);
            const QList<int> start = pagesOf(pages, QStringLiteral("Row%1start").arg(i));
            REQUIRE(start.size() == 1);
            CHECK(pagesOf(pages, QStringLiteral("Row%1end").arg(i)) == start);
            CHECK(pagesOf(pages, QStringLiteral("Row%1when").arg(i)) == start);
        }
        // A page the table runs onto starts with its header row.
        for (int page = 1; page < pages.size(); ++page) {
            if (!pages.at(page).contains(QStringLiteral("start")))
                continue;
            INFO("page " << page + 1);
            const qsizetype header = pages.at(page).indexOf(QStringLiteral("Sub-goal Measure"));
            CHECK(header >= 0);
            CHECK(header < pages.at(page).indexOf(QRegularExpression(QStringLiteral("Row\\d+"))));
        }
    }
}

TEST_CASE("A row taller than a page runs on and names its sub-goal again", "[pdf]")
{
    QTemporaryDir dir;
    Plan plan = test::fullPlan(1);
    plan.subGoals = {markedSubGoal(1, 2), markedSubGoal(2, 90), markedSubGoal(3, 2)};
    const QString path = printPlan(dir, plan, QStringLiteral("row-taller-than-page"));
    test::savePagePictures(path, QStringLiteral("row-taller-than-page"));
    const QStringList pages = pageTexts(path);
    // Ninety lines fill parts of three pages; each page the row runs onto names it again.
    const QList<int> start = pagesOf(pages, QStringLiteral("Row2start"));
    const QList<int> end = pagesOf(pages, QStringLiteral("Row2end"));
    REQUIRE(start.size() >= 2);
    for (int i = 1; i < start.size(); ++i)
        CHECK(start.at(i) == start.at(i - 1) + 1);
    REQUIRE(end.size() == 1);
    CHECK(end.first() == start.last());
    // No line of the measure is lost or printed twice.
    for (int line = 1; line < 90; ++line) {
        INFO("line " << line);
        // Sub-goals 1 and 3 have a first step too.
        CHECK(pagesOf(pages, QStringLiteral("Step %1 of").arg(line)).size() == (line == 1 ? 3 : 1));
    }
    // The rows around it stay whole.
    CHECK(pagesOf(pages, QStringLiteral("Row1end")) == pagesOf(pages, QStringLiteral("Row1start")));
    CHECK(pagesOf(pages, QStringLiteral("Row3end")) == pagesOf(pages, QStringLiteral("Row3start")));
}

TEST_CASE("A label never stands at the foot of a page without its box", "[pdf]")
{
    QTemporaryDir dir;
    // The labels that stand above a box, a check line or a table.
    const QStringList labels = {
        QStringLiteral("Taking part besides the client:"),
        QStringLiteral("Interpreter present"),
        QStringLiteral("This is:"),
        QStringLiteral("Main goal (choose one):"),
        QStringLiteral("If the main goal is work or entrepreneurship: primary and alternative "
                       "occupational goals"),
        QStringLiteral("Sub-goals for the next 12 months with their measures:"),
        QStringLiteral("Rights and obligations of the plan discussed with the client"),
        QStringLiteral("The agreed matters were gone through so that the client understands them"),
    };
    int pagesChecked = 0;
    // One more line of life situation or one more sub-goal moves every label after it down a
    // little, so over these plans each label comes to the foot of a page somewhere.
    for (int lines = 0; lines < 24; ++lines) {
        Plan plan = test::fullPlan(1);
        QStringList situation;
        for (int line = 0; line < lines; ++line)
            situation << QStringLiteral("Line %1 of the life situation.").arg(line + 1);
        plan.lifeSituation = situation.join(QLatin1Char('\n'));
        plan.subGoals.clear();
        for (int i = 1; i <= lines % 12 + 1; ++i)
            plan.subGoals.append(markedSubGoal(i, 1 + i % 2));
        const QString path = printPlan(dir, plan, QStringLiteral("labels-%1").arg(lines));
        const int pages = pageCount(path);
        for (int page = 1; page < pages; ++page) {
            const QString layout = test::runTool(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
            QStringList body;
            for (const QString &line : layout.split(QLatin1Char('\n'))) {
                if (!line.simplified().isEmpty())
                    body.append(line.simplified());
            }
            REQUIRE(body.size() > 2);
            // The last line is the footer with the page number.
            REQUIRE(body.last().contains(QStringLiteral("Page %1 / %2").arg(page).arg(pages)));
            const QString last = body.at(body.size() - 2);
            INFO(lines << " lines, page " << page << " ends with: " << last.toStdString());
            for (const QString &label : labels)
                CHECK_FALSE((label.contains(last) || last.contains(label)));
            ++pagesChecked;
        }
    }
    CHECK(pagesChecked >= 24);
}
