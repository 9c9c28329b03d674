// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "WidgetBench.h"

#include "domain/SearchKey.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "models/CaseListModel.h"
#include "storage/ClientSearch.h"
#include "storage/SqlDialect.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

namespace kotoplan::bench {

namespace {

void settle()
{
    // Layout, paint and the view's own deferred work: what happens before the officer sees
    // the result.
    QApplication::processEvents();
    QApplication::processEvents();
}

qint64 rawCount(QSqlDatabase db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("bench: a floor query failed");
    qint64 rows = 0;
    while (query.next())
        rows += query.value(0).toLongLong() > 0 ? 1 : 0;
    return rows;
}

} // namespace

QList<Result> searchBench(const DataSet &data, QSqlDatabase db)
{
    CaseListModel model(db);
    CaseListView view;
    view.setModel(&model);
    view.resize(1280, 700);
    view.show();
    settle();
    QLineEdit *edit = view.searchEdit();

    struct Typed
    {
        QString text;
        QString kind;
    };
    // What an officer types: a name letter by letter, then part of a surname.
    const QList<Typed> typed = {{QStringLiteral("a"), QStringLiteral("prefix")},
                                {QStringLiteral("al"), QStringLiteral("prefix")},
                                {QStringLiteral("ali"), QStringLiteral("prefix")},
                                {QStringLiteral("енко"), QStringLiteral("substring")},
                                {QStringLiteral("virtanenn"), QStringLiteral("typo")}};
    QList<Result> results;
    for (const Typed &step : typed) {
        // A prefix and a typo follow the text one letter shorter; a substring is typed anew.
        const QString before = step.text.size() > 1 && step.kind != QLatin1String("substring")
                                   ? step.text.chopped(1)
                                   : QString();
        int rows = 0;
        Result result;
        result.samples = measure(
            data.runs * 2,
            [&] {
                edit->setText(step.text);
                settle();
                rows = model.rowCount();
            },
            [&] {
                edit->setText(before);
                settle();
            });
        const SqlCondition found = clientSearchCondition(SearchTerms::parse(step.text),
                                                         QStringLiteral("c"), SqlDialect(db));
        // The database's share alone: the matching clients' ids, nothing shown.
        result.floorName = QStringLiteral("raw query of the matching ids");
        int matches = 0;
        result.floor = measure(data.runs * 2, [&] {
            matches =
                int(rawCount(db, QStringLiteral("SELECT c.id FROM client c WHERE ") + found.sql,
                             found.bindings));
        });
        result.operation = QStringLiteral("search: type \"%1\" (%2, %3 matches, %4 shown)")
                               .arg(step.text, step.kind)
                               .arg(matches)
                               .arg(rows);
        result.target = QStringLiteral("≤ 16 ms");
        result.met = result.samples.median() <= 16.0;
        results.append(result);

        // The model's share alone, without the view: where a keystroke's time goes.
        CaseListModel alone(db);
        Result model;
        model.operation = QStringLiteral("  the same, model alone (no view)");
        model.samples = measure(
            data.runs * 2, [&] { alone.setSearchText(step.text); },
            [&] { alone.setSearchText(before); });
        model.floorName = result.floorName;
        model.floor = result.floor;
        results.append(model);
    }
    edit->clear();
    return results;
}

namespace {

Result openPlan(const DataSet &data, QSqlDatabase db, PlanEditor &editor, PlanSession &session)
{
    const Plan plan = *PlanStore(db).load(data.draftPlanId);
    Result result;
    result.operation =
        QStringLiteral("open a plan into the editor (%1 sub-goals)").arg(plan.subGoals.size());
    result.samples = measure(data.runs, [&] {
        if (!session.open(data.draftPlanId))
            qFatal("bench: the plan does not open");
        settle();
    });
    result.floorName = QStringLiteral("PlanStore + ClientStore load");
    result.floor = measure(data.runs, [&] {
        const kotoplan::Result<Plan> loaded = PlanStore(db).load(data.draftPlanId);
        if (!loaded || !ClientStore(db).load(loaded->clientId))
            qFatal("bench: the plan does not load");
    });
    (void)editor;
    return result;
}

Result saveField(const DataSet &data, QSqlDatabase db, PlanEditor &editor, PlanSession &session)
{
    auto *place = editor.findChild<QLineEdit *>(QStringLiteral("nextMeetingPlaceEdit"));
    if (!place)
        qFatal("bench: no place field");
    session.open(data.draftPlanId);
    int letter = 0;
    Result result;
    result.operation = QStringLiteral("save one changed field (autosave)");
    result.samples = measure(
        data.runs,
        [&] {
            if (!session.saveNow())
                qFatal("bench: the save failed");
        },
        [&] {
            place->setFocus();
            place->setText(QStringLiteral("Service point, room %1").arg(++letter));
            settle();
            if (!session.hasPendingChanges())
                qFatal("bench: the edit did not register");
        });
    // The least a durable save of one field costs: one UPDATE and a synchronous commit.
    result.floorName = QStringLiteral("one raw UPDATE + commit");
    result.floor = measure(data.runs, [&] {
        QSqlQuery query(db);
        if (!db.transaction())
            qFatal("bench: no transaction");
        query.prepare(QStringLiteral(
            "UPDATE plan SET next_meeting_place = ? WHERE id = ? AND status = 'draft'"));
        query.addBindValue(QStringLiteral("Service point, room %1").arg(++letter));
        query.addBindValue(data.draftPlanId);
        if (!query.exec() || !db.commit())
            qFatal("bench: the raw update failed");
    });
    return result;
}

} // namespace

QList<Result> widgetBench(const DataSet &data, QSqlDatabase db)
{
    QList<Result> results = searchBench(data, db);
    PlanEditor editor;
    PlanSession session(db, &editor);
    editor.resize(1280, 760);
    editor.show();
    settle();
    results.append(openPlan(data, db, editor, session));
    results.append(saveField(data, db, editor, session));
    return results;
}

Result startupBench(const DataSet &data, const QString &executable)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Timed from the start of the process to the line it prints once its window is shown and
    // its event loop runs (or, for the floor, to its exit).
    const auto launch = [&](const QStringList &arguments, bool waitForReady, Samples &samples) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(executable, arguments);
        if (!process.waitForStarted())
            qFatal("bench: the program does not start");
        if (waitForReady) {
            while (!process.canReadLine()) {
                if (!process.waitForReadyRead(30000))
                    qFatal("bench: the program did not report a usable window");
            }
            samples.milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
            // "ready <ms since main> <peak KiB>"
            const QList<QByteArray> words = process.readLine().trimmed().split(' ');
            if (words.size() >= 3)
                samples.peakKiB = qMax(samples.peakKiB, words.at(2).toLongLong());
            process.waitForFinished(30000);
        } else {
            process.waitForFinished(30000);
            samples.milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
        }
    };
    Result result;
    result.operation = QStringLiteral("app start to a usable window (the app's peak memory)");
    for (int run = 0; run < data.runs; ++run)
        launch({QStringLiteral("--database"), data.path, QStringLiteral("--bench-startup")}, true,
               result.samples);
    // Starting the same executable at all: loading Qt and the program, no window.
    result.floorName = QStringLiteral("kotoplan --version");
    for (int run = 0; run < data.runs; ++run)
        launch({QStringLiteral("--version")}, false, result.floor);
    std::sort(result.samples.milliseconds.begin(), result.samples.milliseconds.end());
    std::sort(result.floor.milliseconds.begin(), result.floor.milliseconds.end());
    result.target = QStringLiteral("< 500 ms");
    result.met = result.samples.median() < 500;
    return result;
}

} // namespace kotoplan::bench
