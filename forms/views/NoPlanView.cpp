// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "views/NoPlanView.h"

#include "ui_NoPlanView.h"

#include <QEvent>
#include <QPushButton>

namespace kotoplan {

NoPlanView::NoPlanView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoPlanView>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    connect(m_ui->newPlanButton, &QPushButton::clicked, this, &NoPlanView::newPlanRequested);
}

NoPlanView::~NoPlanView() = default;

void NoPlanView::setClient(qint64 clientId, const QString &name)
{
    m_clientId = clientId;
    m_ui->nameLabel->setText(name);
}

QString NoPlanView::text() const
{
    return m_ui->textLabel->text();
}

QPushButton *NoPlanView::newPlanButton() const
{
    return m_ui->newPlanButton;
}

void NoPlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace kotoplan
