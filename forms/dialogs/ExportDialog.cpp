// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/ExportDialog.h"

#include "dialogs/FileDialogs.h"

#include "i18n/Translations.h"
#include "settings/ExportSettings.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace kotoplan {

ExportDialog::ExportDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    const QStringList receivers = exportSettings::receivers();
    m_ui->receiverCombo->addItems(receivers);
    m_ui->receiverCombo->setCurrentText(receivers.isEmpty() ? tr("Employment authority")
                                                            : receivers.constFirst());
    // Each language in its own name, as the print language menu shows them.
    for (const QString &code : translations::languages())
        m_ui->languageCombo->addItem(translations::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(exportSettings::language()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_ui->receiverCombo, &QComboBox::currentTextChanged, this, &ExportDialog::updateOk);
    updateOk();
    m_ui->receiverCombo->setFocus();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

QString ExportDialog::receiver() const
{
    return m_ui->receiverCombo->currentText().trimmed();
}

QString ExportDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

bool ExportDialog::withLifeSituation() const
{
    return m_ui->lifeSituationCheck->isChecked();
}

QLineEdit *ExportDialog::folderEdit() const
{
    return m_ui->folderEdit;
}

QComboBox *ExportDialog::receiverCombo() const
{
    return m_ui->receiverCombo;
}

QComboBox *ExportDialog::languageCombo() const
{
    return m_ui->languageCombo;
}

QCheckBox *ExportDialog::lifeSituationCheck() const
{
    return m_ui->lifeSituationCheck;
}

void ExportDialog::browse()
{
    const QString chosen = FileDialogs::existingDirectory(
        this, tr("Export for the TE office: choose a folder"), folder());
    if (!chosen.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!folder().isEmpty() && !receiver().isEmpty());
}

void ExportDialog::accept()
{
    if (!QFileInfo(folder()).isDir()) {
        m_ui->folderEdit->setFocus();
        m_ui->folderEdit->selectAll();
        return;
    }
    exportSettings::rememberReceiver(receiver());
    exportSettings::setLanguage(language());
    QDialog::accept();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace kotoplan
