// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/PlanComparisonDialog.h"

#include "domain/DateText.h"
#include "fields/PlanComparison.h"
#include "models/PlanComparisonModel.h"
#include "ui_PlanComparisonDialog.h"
#include "views/ComparisonTable.h"

#include <QEvent>

namespace kotoplan {

PlanComparisonDialog::PlanComparisonDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanComparisonDialog>())
    , m_model(new PlanComparisonModel(this))
{
    m_ui->setupUi(this);
    showComparison(m_ui->comparisonView, m_model);
    connect(m_ui->changedOnlyCheck, &QCheckBox::toggled, this, &PlanComparisonDialog::showRows);
    resize(1000, 640);
}

PlanComparisonDialog::~PlanComparisonDialog() = default;

QTableView *PlanComparisonDialog::tableView() const
{
    return m_ui->comparisonView;
}

QLabel *PlanComparisonDialog::summaryLabel() const
{
    return m_ui->summaryLabel;
}

QCheckBox *PlanComparisonDialog::changedOnlyCheck() const
{
    return m_ui->changedOnlyCheck;
}

void PlanComparisonDialog::setPlans(const Plan &before, const Plan &after)
{
    m_before = before;
    m_after = after;
    m_model->setPlans(before, after);
    retranslate();
}

void PlanComparisonDialog::retranslate()
{
    const qsizetype changed = PlanComparison(m_before, m_after).changedKeys().size();
    const QString versions =
        tr("The version of %1 beside the version of %2.")
            .arg(dateText::formatDate(m_after.draftedOn), dateText::formatDate(m_before.draftedOn));
    m_ui->summaryLabel->setText(versions + QLatin1Char(' ') +
                                (changed == 0
                                     ? tr("The two versions are the same.")
                                     : tr("Fields changed: %1 (marked in bold).").arg(changed)));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, PlanComparisonModel::ColumnCount - 1);
    showRows();
}

void PlanComparisonDialog::showRows()
{
    const bool changedOnly = m_ui->changedOnlyCheck->isChecked();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool changed = m_model->index(row, 0).data(PlanComparisonModel::ChangedRole).toBool();
        m_ui->comparisonView->setRowHidden(row, changedOnly && !changed);
    }
}

void PlanComparisonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // The field labels come from the model and are made anew in the new language.
        m_model->setPlans(m_before, m_after);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
