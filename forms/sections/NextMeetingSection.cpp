// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sections/NextMeetingSection.h"

#include "domain/DateText.h"
#include "ui_NextMeetingSection.h"

#include <QEvent>

namespace kotoplan {

NextMeetingSection::NextMeetingSection(QWidget *parent)
    : PlanSection(parent)
    , m_ui(std::make_unique<Ui::NextMeetingSection>())
{
    m_ui->setupUi(this);
    styleHelpLines();
}

NextMeetingSection::~NextMeetingSection() = default;

void NextMeetingSection::setPlan(const Plan &plan)
{
    m_ui->nextMeetingDateEdit->setText(dateText::displayDate(plan.nextMeeting.date()));
    const QTime time = plan.nextMeeting.time();
    m_ui->nextMeetingTimeEdit->setText(plan.nextMeeting.isValid() && time != QTime(0, 0)
                                           ? time.toString(QStringLiteral("H.mm"))
                                           : QString());
    m_ui->nextMeetingPlaceEdit->setText(plan.nextMeetingPlace);
}

void NextMeetingSection::applyTo(Plan &plan) const
{
    const QDate date = dateText::parseDate(m_ui->nextMeetingDateEdit->text()).value_or(QDate());
    const QTime time = dateText::parseTime(m_ui->nextMeetingTimeEdit->text()).value_or(QTime());
    plan.nextMeeting =
        date.isValid() ? QDateTime(date, time.isValid() ? time : QTime(0, 0)) : QDateTime();
    plan.nextMeetingPlace = m_ui->nextMeetingPlaceEdit->text();
}

Problems NextMeetingSection::typingProblems() const
{
    Problems problems;
    checkDate(problems, m_ui->nextMeetingDateEdit, "nextMeeting");
    if (!dateText::parseTime(m_ui->nextMeetingTimeEdit->text()))
        problems.append({QStringLiteral("nextMeetingTime"),
                         tr("Type the time as hours.minutes, for example 14.30.")});
    else if (!m_ui->nextMeetingTimeEdit->text().trimmed().isEmpty() &&
             m_ui->nextMeetingDateEdit->text().trimmed().isEmpty())
        problems.append({QStringLiteral("nextMeeting"), tr("Enter the date of the next meeting.")});
    return problems;
}

void NextMeetingSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    PlanSection::changeEvent(event);
}

} // namespace kotoplan
