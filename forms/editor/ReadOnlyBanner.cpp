// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/ReadOnlyBanner.h"

#include "ui_ReadOnlyBanner.h"

#include <QEvent>

#include <QStyle>

namespace kotoplan {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ReadOnlyBanner>())
{
    m_ui->setupUi(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    // A warning colour that reads in light and dark themes alike.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xb8));
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);
    m_ui->textLabel->setPalette(colours);
}

ReadOnlyBanner::~ReadOnlyBanner() = default;

void ReadOnlyBanner::setReason(const QString &reason)
{
    m_reason = reason;
    m_ui->textLabel->setText(
        tr("<b>Read-only.</b> %1 You can read the plans, but nothing can be changed or saved.")
            .arg(reason.toHtmlEscaped()));
}

QString ReadOnlyBanner::text() const
{
    return m_ui->textLabel->text();
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QFrame::changeEvent(event);
}

void ReadOnlyBanner::retranslate()
{
    if (!m_reason.isNull())
        setReason(m_reason);
}

} // namespace kotoplan
