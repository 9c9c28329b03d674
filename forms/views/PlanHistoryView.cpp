// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/PlanHistoryView.h"

#include "fields/PlanComparison.h"
#include "models/PlanComparisonModel.h"
#include "models/PlanHistoryModel.h"
#include "ui_PlanHistoryView.h"
#include "views/ComparisonTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>

namespace kotoplan {

PlanHistoryView::PlanHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanHistoryView>())
    , m_comparison(new PlanComparisonModel(this))
{
    m_ui->setupUi(this);
    showComparison(m_ui->comparisonView, m_comparison);
    m_ui->historyView->installEventFilter(this);
    connect(m_ui->historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            Q_EMIT openRequested(m_model->planAt(index.row()).id);
    });
}

PlanHistoryView::~PlanHistoryView() = default;

void PlanHistoryView::setModel(PlanHistoryModel *model)
{
    m_model = model;
    m_ui->historyView->setModel(model);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanHistoryView::compareSelection);
    if (model->rowCount() > 0)
        m_ui->historyView->selectRow(0);
    compareSelection();
}

QTableView *PlanHistoryView::historyView() const
{
    return m_ui->historyView;
}

QTableView *PlanHistoryView::comparisonView() const
{
    return m_ui->comparisonView;
}

QLabel *PlanHistoryView::summaryLabel() const
{
    return m_ui->summaryLabel;
}

void PlanHistoryView::compareSelection()
{
    if (!m_model)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_ui->historyView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    // Rows run newest first: the higher row is the older version.
    int newer = -1;
    int older = -1;
    if (rows.size() == 1) {
        newer = rows.first();
        older = newer + 1 < m_model->rowCount() ? newer + 1 : -1;
    } else if (rows.size() == 2) {
        newer = rows.first();
        older = rows.last();
    }
    if (newer < 0 || older < 0) {
        m_comparison->setPlans(Plan(), Plan());
        m_ui->comparisonView->setVisible(false);
        m_ui->summaryLabel->setText(!m_model->readError().isEmpty() ? m_model->readError()
                                    : rows.size() == 1
                                        ? tr("This is the first version: nothing to compare.")
                                        : tr("Select one or two versions to compare."));
        return;
    }
    const Plan &before = m_model->planAt(older);
    const Plan &after = m_model->planAt(newer);
    m_comparison->setPlans(before, after);
    m_ui->comparisonView->setVisible(true);
    const qsizetype changed = PlanComparison(before, after).changedKeys().size();
    m_ui->summaryLabel->setText(changed == 0 ? tr("The two versions are the same.")
                                             : tr("Fields changed: %1").arg(changed));
}

bool PlanHistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->historyView && event->type() == QEvent::KeyPress && m_model) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_ui->historyView->currentIndex().row();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && row >= 0) {
            Q_EMIT openRequested(m_model->planAt(row).id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlanHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        compareSelection();
    }
    QWidget::changeEvent(event);
}

} // namespace kotoplan
