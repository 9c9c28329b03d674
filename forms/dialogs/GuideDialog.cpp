// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/GuideDialog.h"

#include "i18n/Translations.h"
#include "ui_GuideDialog.h"

#include <QEvent>
#include <QFile>
#include <QTextBrowser>

namespace kotoplan {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GuideDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showGuide();
}

GuideDialog::~GuideDialog() = default;

QString GuideDialog::source(const QString &language)
{
    const QString page = QStringLiteral(":/guide/guide-%1.html").arg(language);
    return QFile::exists(page) ? page : QStringLiteral(":/guide/guide-en.html");
}

QTextBrowser *GuideDialog::browser() const
{
    return m_ui->browser;
}

void GuideDialog::showGuide()
{
    m_ui->browser->setSource(QUrl(QStringLiteral("qrc") + source(translations::uiLanguage())));
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showGuide();
    }
    QDialog::changeEvent(event);
}

} // namespace kotoplan
