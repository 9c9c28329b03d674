// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/UnsavedTextDialog.h"

#include "ui_UnsavedTextDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QPushButton>

namespace kotoplan {

UnsavedTextDialog::UnsavedTextDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnsavedTextDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &UnsavedTextDialog::copyAll);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UnsavedTextDialog::~UnsavedTextDialog() = default;

void UnsavedTextDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

QString UnsavedTextDialog::text() const
{
    return m_ui->textEdit->toPlainText();
}

QPlainTextEdit *UnsavedTextDialog::textEdit() const
{
    return m_ui->textEdit;
}

void UnsavedTextDialog::copyAll()
{
    QApplication::clipboard()->setText(text());
}

void UnsavedTextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace kotoplan
