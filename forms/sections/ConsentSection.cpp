// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/ConsentSection.h"

#include "ui_ConsentSection.h"

#include <QEvent>

namespace kotoplan {

ConsentSection::ConsentSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::ConsentSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
}

ConsentSection::~ConsentSection() = default;

void ConsentSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
