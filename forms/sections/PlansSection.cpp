// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/PlansSection.h"

#include "ui_PlansSection.h"

#include <QEvent>

namespace kotoplan {

PlansSection::PlansSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::PlansSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
}

PlansSection::~PlansSection() = default;

void PlansSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
