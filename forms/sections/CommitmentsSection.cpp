// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/CommitmentsSection.h"

#include "ui_CommitmentsSection.h"

#include <QEvent>

namespace kotoplan {

CommitmentsSection::CommitmentsSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::CommitmentsSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
}

CommitmentsSection::~CommitmentsSection() = default;

void CommitmentsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
