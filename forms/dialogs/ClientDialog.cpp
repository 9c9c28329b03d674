// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/ClientDialog.h"

#include "domain/Clock.h"
#include "stores/ClientStore.h"
#include "ui_ClientDialog.h"

#include <QEvent>

#include <QLineEdit>
#include <QPushButton>

namespace kotoplan {

ClientDialog::ClientDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientDialog>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    // Marks clear as the officer corrects them, but new ones appear only on Save.
    connect(m_ui->clientSection, &ClientSection::edited, this, [this] {
        const Problems problems = m_ui->clientSection->problems(Clock::today());
        Problems stillWrong;
        for (const Problem &problem : problems) {
            if (m_shownFields.contains(problem.field))
                stillWrong.append(problem);
        }
        m_ui->clientSection->showProblems(stillWrong);
    });
}

ClientDialog::~ClientDialog() = default;

ClientSection *ClientDialog::section() const
{
    return m_ui->clientSection;
}

void ClientDialog::accept()
{
    const Problems problems = m_ui->clientSection->problems(Clock::today());
    m_shownFields = Validation::fields(problems);
    if (!problems.isEmpty()) {
        m_ui->clientSection->showProblems(problems);
        if (QWidget *first = m_ui->clientSection->fieldEdit(problems.first().field))
            first->setFocus();
        return;
    }
    Client client = m_ui->clientSection->client();
    const StoreResult saved =
        m_audit ? ClientStore(m_db, *m_audit).save(client) : ClientStore(m_db).save(client);
    if (!saved.ok()) {
        m_ui->clientSection->showProblems(
            saved.problems.isEmpty() ? Problems{{QString(), saved.message}} : saved.problems);
        return;
    }
    m_saved = client;
    QDialog::accept();
}

void ClientDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
