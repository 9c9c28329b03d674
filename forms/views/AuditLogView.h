// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AuditLogView;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kotoplan {

class AuditLogModel;

// The audit log with its filters: the list narrows as the officer types a date, picks an
// action or types a client number. A filter that cannot be read is named and not applied.
class AuditLogView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogView(QWidget *parent = nullptr);
    ~AuditLogView() override;

    void setModel(AuditLogModel *model);
    // Writes the lines shown now as CSV; on failure `error` says why.
    bool exportTo(const QString &path, QString *error) const;

    QLineEdit *fromEdit() const;
    QLineEdit *toEdit() const;
    QComboBox *actionCombo() const;
    QLineEdit *clientEdit() const;
    QPushButton *exportButton() const;
    QLabel *problemLabel() const;
    QTableView *tableView() const;

Q_SIGNALS:
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void fillActions();
    void updateCount();

    std::unique_ptr<Ui::AuditLogView> m_ui;
    AuditLogModel *m_model = nullptr;
};

} // namespace kotoplan
