// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/ServiceStartDialog.h"

#include "domain/Clock.h"
#include "domain/DateText.h"
#include "stores/PlanStore.h"
#include "stores/ServiceStarts.h"
#include "ui_ServiceStartDialog.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kotoplan {

ServiceStartDialog::ServiceStartDialog(QSqlDatabase db, const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceStartDialog>())
    , m_db(std::move(db))
    , m_plan(plan)
{
    m_ui->setupUi(this);
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->problemsLabel->hide();
    buildRows();
    showDates();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ServiceStartDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServiceStartDialog::reject);
    if (!m_edits.isEmpty())
        m_edits.first()->setFocus();
}

ServiceStartDialog::~ServiceStartDialog() = default;

void ServiceStartDialog::buildRows()
{
    m_ui->rowsLayout->setColumnStretch(0, 1);
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < m_plan.subGoals.size(); ++i) {
        const SubGoal &row = m_plan.subGoals.at(i);
        auto *label = new QLabel(m_ui->rowsWidget);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        auto *edit = new QLineEdit(m_ui->rowsWidget);
        edit->setObjectName(QStringLiteral("startedOnEdit%1").arg(i + 1));
        label->setBuddy(edit);
        const QString measure = row.measure.simplified();
        label->setText(
            measure.isEmpty()
                ? QStringLiteral("%1. %2").arg(i + 1).arg(row.goal)
                : QStringLiteral("%1. %2 – %3").arg(i + 1).arg(row.goal.simplified(), measure));
        m_ui->rowsLayout->addWidget(label, int(i), 0);
        m_ui->rowsLayout->addWidget(edit, int(i), 1, Qt::AlignTop);
        m_edits.append(edit);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
    }
    if (previous)
        setTabOrder(previous, m_ui->buttonBox);
    retranslate();
}

void ServiceStartDialog::retranslate()
{
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        m_edits.at(i)->setAccessibleName(
            tr("Started on: %1").arg(m_plan.subGoals.at(i).goal.simplified()));
        m_edits.at(i)->setPlaceholderText(tr("not yet"));
    }
}

void ServiceStartDialog::showDates()
{
    for (qsizetype i = 0; i < m_edits.size(); ++i)
        m_edits.at(i)->setText(dateText::formatDate(m_plan.subGoals.at(i).startedOn));
}

void ServiceStartDialog::showProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
}

QString ServiceStartDialog::problemsText() const
{
    return m_ui->problemsLabel->isHidden() ? QString() : m_ui->problemsLabel->text();
}

void ServiceStartDialog::reloadDates()
{
    const Result<Plan> stored = PlanStore(m_db).load(m_plan.id);
    if (!stored || stored->subGoals.size() != m_plan.subGoals.size())
        return;
    for (qsizetype i = 0; i < m_plan.subGoals.size(); ++i)
        m_plan.subGoals[i].startedOn = stored->subGoals.at(i).startedOn;
    showDates();
}

void ServiceStartDialog::accept()
{
    QList<ServiceStart> starts;
    Problems problems;
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        const std::optional<QDate> date = dateText::parseDate(m_edits.at(i)->text());
        if (!date) {
            problems.append(
                {QStringLiteral("subGoals"),
                 tr("Row %1: type the date as day.month.year, for example 2.10.2025.").arg(i + 1)});
            continue;
        }
        starts.append({int(i), m_plan.subGoals.at(i).startedOn, *date});
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const StoreResult result = ServiceStarts(m_db, AuditLog(m_db, AuditActor::fromSettings()))
                                   .record(m_plan.id, starts, Clock::today());
    if (result.status == StoreResult::Status::Conflict)
        reloadDates();
    if (!result.ok()) {
        showProblems(result.problems.isEmpty() ? Problems{{QString(), result.message}}
                                               : result.problems);
        return;
    }
    for (const ServiceStart &start : std::as_const(starts))
        m_plan.subGoals[start.position].startedOn = start.now;
    QDialog::accept();
}

void ServiceStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
