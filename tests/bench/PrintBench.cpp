// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PrintBench.h"

#include "PdfWriter.h"
#include "PlanDocument.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>

#include <algorithm>

namespace kotoplan::bench {

namespace {

template<typename Job> double medianMilliseconds(int runs, Job job)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        job();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

bool printBench(QTextStream &out, int runs)
{
    Plan plan = test::fullPlan(1);
    // The full plan with a year of sub-goals fills three pages.
    for (int i = 0; i < 10; ++i) {
        plan.subGoals.append({QStringLiteral("Sub-goal %1").arg(i + 3),
                              QStringLiteral("Integration training, module %1").arg(i + 1), 0,
                              QStringLiteral("Employment authority"),
                              QStringLiteral("Month %1").arg(i + 1)});
    }
    const PlanDocument document(plan, test::fullClient(), QStringLiteral("fi"));

    int pages = 0;
    qsizetype bytes = 0;
    const double ours =
        medianMilliseconds(runs, [&] { bytes = PdfWriter::render(document, &pages).size(); });
    if (bytes == 0) {
        out << "print: rendering the plan failed" << Qt::endl;
        return false;
    }

    qsizetype bareBytes = 0;
    const double bare = medianMilliseconds(runs, [&] {
        const std::unique_ptr<QTextDocument> text = document.build();
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(600);
        text->print(&writer);
        bareBytes = pdf.size();
    });

    out << "print: plan to PDF/A, " << pages << " pages, " << bytes / 1024 << " KiB: median "
        << QString::number(ours, 'f', 1) << " ms of " << runs << " runs" << Qt::endl;
    out << "print: bare QTextDocument::print, " << bareBytes / 1024 << " KiB: median "
        << QString::number(bare, 'f', 1) << " ms" << Qt::endl;
    out << "print: ratio " << QString::number(ours / bare, 'f', 2) << " (aim: at most 1.5)"
        << Qt::endl;
    return true;
}

} // namespace kotoplan::bench
