// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CaseListView;
}

class QLineEdit;
class QTableView;

namespace kotoplan {

class CaseListModel;

// The officer's list of cases: search as you type, a filter, and Enter opens the case.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(QWidget *parent = nullptr);
    ~CaseListView() override;

    void setModel(CaseListModel *model);
    QLineEdit *searchEdit() const;
    QTableView *tableView() const;
    void selectClient(qint64 clientId);
    // Read-only: the list still searches and opens, but offers no new client.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void openRequested(qint64 clientId, qint64 planId);
    void newClientRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openRow(int row);
    void fillFilters();
    void updateCount();
    void fitColumns();
    void showCount();

    std::unique_ptr<Ui::CaseListView> m_ui;
    CaseListModel *m_model = nullptr;
    // Counting the matches of a search reads every client: done once typing pauses, not at
    // each keystroke.
    QTimer m_countTimer;
};

} // namespace kotoplan
