// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class MunicipalityDialog;
}

class QLineEdit;

namespace kotoplan {

// Sets the municipality's name (municipality::name()) that the programme document and the
// printed statistics carry. OK stores it; Cancel leaves the stored name as it was.
class MunicipalityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MunicipalityDialog(QWidget *parent = nullptr);
    ~MunicipalityDialog() override;

    QLineEdit *nameEdit() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::MunicipalityDialog> m_ui;
};

} // namespace kotoplan
