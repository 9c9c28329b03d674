// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Service.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Ui {
class ServiceCatalogueEditor;
}

namespace kotoplan {

class ServiceCatalogueModel;

// Edits the municipality's service catalogue: add, change, make inactive, and delete an entry
// no plan uses. Every change is saved at once; a service in use can only be made inactive.
class ServiceCatalogueEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceCatalogueEditor(QSqlDatabase db, QWidget *parent = nullptr);
    ~ServiceCatalogueEditor() override;

    ServiceCatalogueModel *model() const { return m_model; }
    // Shows the service in the form; false when there is no such row.
    bool selectService(qint64 id);
    // The service as the form holds it now.
    Service formService() const;
    QString message() const;
    // Asks before a delete; tests answer without a message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm);

public Q_SLOTS:
    void newService();
    void saveService();
    void toggleActive();
    void deleteService();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showService(const Service &service, int uses);
    void showMessage(const QString &text, bool problem);
    void currentRowChanged();
    void fillParties();
    void updateButtons();

    std::unique_ptr<Ui::ServiceCatalogueEditor> m_ui;
    QSqlDatabase m_db;
    ServiceCatalogueModel *m_model = nullptr;
    Service m_current; // as stored; id 0 for a new one
    int m_uses = 0;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace kotoplan
