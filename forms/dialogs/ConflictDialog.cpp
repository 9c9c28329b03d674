// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/ConflictDialog.h"

#include "models/SaveConflictModel.h"
#include "ui_ConflictDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>

namespace kotoplan {

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_model(new SaveConflictModel(this))
{
    m_ui->setupUi(this);
    m_ui->conflictView->setModel(m_model);
    QHeaderView *header = m_ui->conflictView->horizontalHeader();
    header->setSectionResizeMode(SaveConflictModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SaveConflictModel::Mine, QHeaderView::Stretch);
    header->setSectionResizeMode(SaveConflictModel::Theirs, QHeaderView::Stretch);
    m_ui->conflictView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->keepAllMineButton, &QPushButton::clicked, m_model,
            [this] { m_model->keepAll(true); });
    connect(m_ui->takeAllTheirsButton, &QPushButton::clicked, m_model,
            [this] { m_model->keepAll(false); });
    // Enter in the table must not save a choice the officer has not looked at yet.
    saveButton()->setAutoDefault(false);
    saveButton()->setDefault(false);
    retranslate();
    resize(1000, 600);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::setWording(SaveConflictModel::Wording wording)
{
    m_model->setWording(wording);
    m_ui->retranslateUi(this);
    retranslate();
}

void ConflictDialog::setConflict(const SaveConflict &conflict)
{
    m_model->setConflict(conflict);
    retranslate();
}

SaveConflict ConflictDialog::conflict() const
{
    return m_model->conflict();
}

QTableView *ConflictDialog::tableView() const
{
    return m_ui->conflictView;
}

QLabel *ConflictDialog::summaryLabel() const
{
    return m_ui->summaryLabel;
}

QPushButton *ConflictDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

QPushButton *ConflictDialog::keepAllMineButton() const
{
    return m_ui->keepAllMineButton;
}

QPushButton *ConflictDialog::takeAllTheirsButton() const
{
    return m_ui->takeAllTheirsButton;
}

void ConflictDialog::retranslate()
{
    if (m_model->wording() == SaveConflictModel::Wording::ImportedClient) {
        setWindowTitle(tr("The client's details in the file differ"));
        m_ui->summaryLabel->setText(
            tr("This client is in the database already, and the plan file holds other details. "
               "Tick in each row whether to keep the stored value or take the file's; the "
               "stored values are kept unless you choose otherwise. Cancel imports nothing."));
        m_ui->conflictView->setAccessibleName(tr("The stored details and those in the file"));
        m_ui->keepAllMineButton->setText(tr("Keep &all stored"));
        m_ui->takeAllTheirsButton->setText(tr("Take all from the &file"));
        saveButton()->setText(tr("&Import"));
        saveButton()->setIcon(QIcon()); // not the floppy disk of Save
        return;
    }
    m_ui->summaryLabel->setText(
        tr("Someone else saved this case while you were writing. Nothing has been overwritten. "
           "Below are the fields where your version and theirs "
           "differ; tick the one to keep in each row. Each row starts on the side that changed "
           "it; rows you both changed are marked and start on yours."));
    saveButton()->setText(tr("&Save my choices"));
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    saveButton()->setDefault(false);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
