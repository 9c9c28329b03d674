// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// A writer for the crash and concurrency tests: saves one plan through PlanStore again and
// again, as the plan editor's autosave would.
//   save_loop DATABASE PLAN_ID crash           saves generation after generation until killed
//   save_loop DATABASE PLAN_ID race TAG COUNT  appends TAG-1 … TAG-COUNT, retrying conflicts
#include "domain/Clock.h"
#include "storage/Database.h"
#include "stores/PlanStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace kotoplan;

namespace {

// Every part of a generation carries its number, so a mix of two saves shows.
void makeGeneration(Plan &plan, int generation)
{
    const QString mark = QStringLiteral("generation %1").arg(generation);
    plan.futureWish = mark;
    plan.subGoals.clear();
    for (int i = 0; i < 1 + generation % 5; ++i)
        plan.subGoals.append({mark, QString::number(i), 0, {}, {}});
    plan.participants = {{mark, {}}};
}

int crash(PlanStore &store, qint64 planId, QTextStream &out)
{
    for (int generation = 1;; ++generation) {
        Result<Plan> plan = store.load(planId);
        if (!plan)
            return 3;
        makeGeneration(*plan, generation);
        const StoreResult result = store.save(*plan);
        if (!result.ok()) {
            out << "failed " << result.message << Qt::endl;
            return 4;
        }
        out << "saved " << generation << Qt::endl;
    }
}

int race(PlanStore &store, qint64 planId, const QString &tag, int count, QTextStream &out)
{
    int conflicts = 0;
    for (int i = 1; i <= count; ++i) {
        for (;;) {
            Result<Plan> plan = store.load(planId);
            if (!plan)
                return 3;
            plan->occupationAlternatives += QStringLiteral(" %1-%2").arg(tag).arg(i);
            const StoreResult result = store.save(*plan);
            if (result.ok())
                break;
            if (result.status != StoreResult::Status::Conflict) {
                out << "failed " << result.message << Qt::endl;
                return 4;
            }
            ++conflicts; // reported, then the edit is applied again on the fresh copy
        }
    }
    out << "done " << tag << " conflicts " << conflicts << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4)
        return 2;
    const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
    Database database;
    const Database::OpenResult opened = database.open(arguments.at(1));
    if (!opened.ok()) {
        out << "cannot open " << opened.message << Qt::endl;
        return 1;
    }
    PlanStore store(database.connection());
    const qint64 planId = arguments.at(2).toLongLong();
    if (arguments.at(3) == QLatin1String("crash"))
        return crash(store, planId, out);
    if (arguments.at(3) == QLatin1String("race") && arguments.size() == 6)
        return race(store, planId, arguments.at(4), arguments.at(5).toInt(), out);
    return 2;
}
