// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/MunicipalityDialog.h"

#include "settings/Municipality.h"
#include "settings/ServicePoint.h"
#include "ui_MunicipalityDialog.h"

#include <QEvent>

namespace kotoplan {

MunicipalityDialog::MunicipalityDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MunicipalityDialog>())
{
    m_ui->setupUi(this);
    m_ui->helpLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->servicePointHelpLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nameEdit->setText(municipality::name());
    const ServicePoint servicePoint = ServicePoint::load();
    m_ui->phoneEdit->setText(servicePoint.phone);
    m_ui->emailEdit->setText(servicePoint.email);
    m_ui->addressEdit->setText(servicePoint.address);
    m_ui->hoursEdit->setText(servicePoint.openingHours);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MunicipalityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MunicipalityDialog::reject);
}

MunicipalityDialog::~MunicipalityDialog() = default;

QLineEdit *MunicipalityDialog::nameEdit() const
{
    return m_ui->nameEdit;
}

void MunicipalityDialog::accept()
{
    municipality::setName(m_ui->nameEdit->text());
    ServicePoint::save({m_ui->phoneEdit->text(), m_ui->emailEdit->text(), m_ui->addressEdit->text(),
                        m_ui->hoursEdit->text()});
    QDialog::accept();
}

void MunicipalityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace kotoplan
