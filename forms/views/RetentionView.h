// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class RetentionView;
}

class QPushButton;
class QSpinBox;
class QTableView;

namespace kotoplan {

class RetentionModel;

// The municipality's retention period, set here and kept in the settings, and the cases that
// have passed it, each one a click from its erasure.
class RetentionView : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionView(QSqlDatabase db, QWidget *parent = nullptr);
    ~RetentionView() override;

    RetentionModel *model() const { return m_model; }
    QTableView *tableView() const;
    QSpinBox *yearsSpin() const;
    QPushButton *eraseButton() const;
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    // Reads the list again for the period set and today.
    void reload();

Q_SIGNALS:
    void eraseRequested(qint64 clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    std::unique_ptr<Ui::RetentionView> m_ui;
    RetentionModel *m_model;
    bool m_readOnly = false;
};

} // namespace kotoplan
