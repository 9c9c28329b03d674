// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "statistics/StatisticsReport.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class StatisticsView;
}

namespace kotoplan {

class StatisticsChart;
class StatisticsTableModel;

// The follow-up statistics for a range of years: one table at a time with its bar chart, and
// the whole report exported as CSV. Nothing here names a client.
class StatisticsView : public QDialog
{
    Q_OBJECT

public:
    explicit StatisticsView(QSqlDatabase db, QWidget *parent = nullptr);
    ~StatisticsView() override;

    void setYears(int fromYear, int toYear);
    // Shows the table with that key ("plans-per-year", …); false when there is none.
    bool showTable(const QString &key);
    const StatisticsReport &report() const { return m_report; }
    StatisticsTableModel *tableModel() const { return m_model; }
    StatisticsChart *chart() const;
    QString message() const;

public Q_SLOTS:
    void recompute();
    // Writes the report as CSV (0600); the message says where, or why not.
    bool exportCsv(const QString &path);
    // Writes every table as PDF/A under the municipality's name (0600); the message says
    // where, or why not.
    bool exportPdf(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrentTable();
    void chooseExportFile();
    void choosePdfFile();

    std::unique_ptr<Ui::StatisticsView> m_ui;
    QSqlDatabase m_db;
    StatisticsReport m_report;
    StatisticsTableModel *m_model = nullptr;
};

} // namespace kotoplan
