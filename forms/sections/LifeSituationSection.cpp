// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/LifeSituationSection.h"

#include "ui_LifeSituationSection.h"

#include <QEvent>

namespace kotoplan {

LifeSituationSection::LifeSituationSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::LifeSituationSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
}

LifeSituationSection::~LifeSituationSection() = default;

void LifeSituationSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
