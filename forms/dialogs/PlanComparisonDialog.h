// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PlanComparisonDialog;
}

class QCheckBox;
class QLabel;
class QTableView;

namespace kotoplan {

class PlanComparisonModel;

// Two versions of a plan side by side, field by field in the order of the form, the changed
// fields marked; the officer can hide the fields that stayed the same.
class PlanComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanComparisonDialog(QWidget *parent = nullptr);
    ~PlanComparisonDialog() override;

    void setPlans(const Plan &before, const Plan &after);
    PlanComparisonModel *model() const { return m_model; }
    QTableView *tableView() const;
    QLabel *summaryLabel() const;
    QCheckBox *changedOnlyCheck() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRows();

    std::unique_ptr<Ui::PlanComparisonDialog> m_ui;
    PlanComparisonModel *m_model;
    Plan m_before;
    Plan m_after;
};

} // namespace kotoplan
