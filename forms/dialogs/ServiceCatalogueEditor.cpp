// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/ServiceCatalogueEditor.h"

#include "dialogs/MessageBox.h"
#include "domain/Party.h"
#include "models/ServiceCatalogueModel.h"
#include "stores/ServiceCatalogue.h"
#include "ui_ServiceCatalogueEditor.h"

#include <QEvent>
#include <QHeaderView>

namespace kotoplan {

ServiceCatalogueEditor::ServiceCatalogueEditor(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServiceCatalogueEditor>())
    , m_db(std::move(db))
    , m_model(new ServiceCatalogueModel(m_db, this))
{
    m_ui->setupUi(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->setColumnWidth(ServiceCatalogueModel::Name, 330);
    m_ui->tableView->setColumnWidth(ServiceCatalogueModel::Responsible, 170);
    m_ui->tableView->setColumnWidth(ServiceCatalogueModel::Partners, 200);
    m_ui->tableView->setColumnWidth(ServiceCatalogueModel::FollowUp, 160);
    fillParties();
    m_confirm = [this](const QString &question) {
        return MessageBox::question(this, windowTitle(), question,
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::NoButton) == QMessageBox::Yes;
    };

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ServiceCatalogueEditor::reject);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ServiceCatalogueEditor::newService);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ServiceCatalogueEditor::saveService);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &ServiceCatalogueEditor::toggleActive);
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            &ServiceCatalogueEditor::deleteService);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        if (!selectService(m_current.id))
            newService();
    });
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServiceCatalogueEditor::currentRowChanged);
    // The model resets on every reload and with it the selection model's connection holds.
    if (m_model->rowCount() > 0)
        selectService(m_model->serviceAt(0).id);
    else
        newService();
}

ServiceCatalogueEditor::~ServiceCatalogueEditor() = default;

void ServiceCatalogueEditor::setConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void ServiceCatalogueEditor::fillParties()
{
    const QString current = m_ui->responsibleCombo->currentText();
    m_ui->responsibleCombo->clear();
    for (const QString &key : party::keys())
        m_ui->responsibleCombo->addItem(party::label(key), key);
    m_ui->responsibleCombo->setEditText(current);
}

bool ServiceCatalogueEditor::selectService(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfService(id) : -1;
    if (row < 0)
        return false;
    m_ui->tableView->setCurrentIndex(m_model->index(row, ServiceCatalogueModel::Name));
    showService(m_model->serviceAt(row), m_model->usageAt(row));
    return true;
}

void ServiceCatalogueEditor::currentRowChanged()
{
    const QModelIndex current = m_ui->tableView->currentIndex();
    if (current.isValid())
        showService(m_model->serviceAt(current.row()), m_model->usageAt(current.row()));
}

void ServiceCatalogueEditor::showService(const Service &service, int uses)
{
    m_current = service;
    m_uses = uses;
    m_ui->nameFiEdit->setText(service.nameFi);
    m_ui->nameSvEdit->setText(service.nameSv);
    m_ui->nameEnEdit->setText(service.nameEn);
    m_ui->descriptionFiEdit->setText(service.descriptionFi);
    m_ui->descriptionSvEdit->setText(service.descriptionSv);
    m_ui->descriptionEnEdit->setText(service.descriptionEn);
    m_ui->responsibleCombo->setEditText(party::label(service.responsible));
    QStringList partners;
    for (const QString &partner : service.partners)
        partners.append(party::label(partner));
    m_ui->partnersEdit->setText(partners.join(QStringLiteral("; ")));
    m_ui->followUpFiEdit->setText(service.followUpFi);
    m_ui->followUpSvEdit->setText(service.followUpSv);
    m_ui->followUpEnEdit->setText(service.followUpEn);
    m_ui->activeCheck->setChecked(service.active);
    m_ui->messageLabel->hide();
    updateButtons();
}

Service ServiceCatalogueEditor::formService() const
{
    Service service = m_current;
    service.nameFi = m_ui->nameFiEdit->text();
    service.nameSv = m_ui->nameSvEdit->text();
    service.nameEn = m_ui->nameEnEdit->text();
    service.descriptionFi = m_ui->descriptionFiEdit->text();
    service.descriptionSv = m_ui->descriptionSvEdit->text();
    service.descriptionEn = m_ui->descriptionEnEdit->text();
    service.responsible = party::fromLabel(m_ui->responsibleCombo->currentText());
    service.partners.clear();
    for (const QString &partner : m_ui->partnersEdit->text().split(QLatin1Char(';'))) {
        if (!partner.trimmed().isEmpty())
            service.partners.append(party::fromLabel(partner));
    }
    service.followUpFi = m_ui->followUpFiEdit->text();
    service.followUpSv = m_ui->followUpSvEdit->text();
    service.followUpEn = m_ui->followUpEnEdit->text();
    service.active = m_ui->activeCheck->isChecked();
    return service;
}

QString ServiceCatalogueEditor::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void ServiceCatalogueEditor::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ServiceCatalogueEditor::updateButtons()
{
    const bool stored = m_current.id > 0;
    m_ui->activeButton->setEnabled(stored);
    m_ui->activeButton->setText(m_current.active ? tr("&Make inactive") : tr("&Make active"));
    m_ui->deleteButton->setEnabled(stored && m_uses == 0);
    m_ui->deleteButton->setToolTip(
        m_uses > 0 ? tr("Plans use this service: make it inactive instead.") : QString());
}

void ServiceCatalogueEditor::newService()
{
    m_ui->tableView->clearSelection();
    m_ui->tableView->setCurrentIndex({});
    showService(Service{}, 0);
    m_ui->nameFiEdit->setFocus();
}

void ServiceCatalogueEditor::saveService()
{
    Service service = formService();
    const StoreResult saved = ServiceCatalogue(m_db).save(service);
    if (!saved.ok()) {
        showMessage(saved.message, true);
        if (saved.status == StoreResult::Status::Invalid)
            m_ui->nameFiEdit->setFocus();
        return;
    }
    m_model->reload();
    if (!selectService(service.id))
        showService(service, m_uses);
    showMessage(tr("Saved."), false);
}

void ServiceCatalogueEditor::toggleActive()
{
    if (m_current.id == 0)
        return;
    const StoreResult result = ServiceCatalogue(m_db).setActive(m_current.id, !m_current.active);
    const qint64 id = m_current.id;
    m_model->reload();
    selectService(id);
    if (!result.ok())
        showMessage(result.message, true);
}

void ServiceCatalogueEditor::deleteService()
{
    if (m_current.id == 0)
        return;
    if (m_uses == 0 &&
        !m_confirm(
            tr("Delete the service \"%1\" from the catalogue?")
                .arg(m_model->index(m_model->rowOfService(m_current.id), 0).data().toString())))
        return;
    const StoreResult result = ServiceCatalogue(m_db).remove(m_current.id);
    if (!result.ok()) {
        showMessage(result.message, true);
        return;
    }
    m_model->reload();
    newService();
    showMessage(tr("The service was deleted."), false);
}

void ServiceCatalogueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillParties();
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
