// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlanHistoryView;
}

class QLabel;
class QTableView;

namespace kotoplan {

class PlanComparisonModel;
class PlanHistoryModel;

// A client's plan versions, and two of them side by side with the changed fields marked.
// Enter on a version asks to open it (read-only when signed).
class PlanHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanHistoryView(QWidget *parent = nullptr);
    ~PlanHistoryView() override;

    void setModel(PlanHistoryModel *model);
    QTableView *historyView() const;
    QTableView *comparisonView() const;
    QLabel *summaryLabel() const;
    PlanComparisonModel *comparisonModel() const { return m_comparison; }

Q_SIGNALS:
    void openRequested(qint64 planId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void compareSelection();

    std::unique_ptr<Ui::PlanHistoryView> m_ui;
    PlanHistoryModel *m_model = nullptr;
    PlanComparisonModel *m_comparison = nullptr;
};

} // namespace kotoplan
