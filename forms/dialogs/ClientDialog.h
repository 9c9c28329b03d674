// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Client.h"
#include "stores/AuditLog.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

namespace Ui {
class ClientDialog;
}

namespace kotoplan {

class ClientSection;

// Adds a client: the dialog stays open, with everything typed, until the client is saved.
class ClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClientDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~ClientDialog() override;

    // The saved client, once the dialog was accepted.
    Client client() const { return m_saved; }
    ClientSection *section() const;
    // The save then leaves a line in the audit log.
    void setAudit(const AuditLog &audit) { m_audit = audit; }

public Q_SLOTS:
    void accept() override;

protected:
    // On QEvent::LanguageChange: the .ui's texts and those set in code, in the new language.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ClientDialog> m_ui;
    QSqlDatabase m_db;
    Client m_saved;
    std::optional<AuditLog> m_audit;
    QStringList m_shownFields; // fields marked at the last Save
};

} // namespace kotoplan
