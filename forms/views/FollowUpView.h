// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FollowUpView;
}

class QTableView;

namespace kotoplan {

class FollowUpModel;

// The officer's to-do list from the follow-up model; Enter or a double click opens the case.
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpView(QWidget *parent = nullptr);
    ~FollowUpView() override;

    void setModel(FollowUpModel *model);
    QTableView *tableView() const;

Q_SIGNALS:
    void openRequested(qint64 clientId, qint64 planId);
    // After openRequested for a row of services not started: the officer records their starts.
    void serviceStartsRequested(qint64 planId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openRow(int row);
    void updateCount();

    std::unique_ptr<Ui::FollowUpView> m_ui;
    FollowUpModel *m_model = nullptr;
};

} // namespace kotoplan
