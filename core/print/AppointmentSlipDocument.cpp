// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/AppointmentSlipDocument.h"

#include "print/LargeTypeCursor.h"
#include "print/MeetingText.h"
#include "settings/OfficerSettings.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

namespace kotoplan {

namespace {
const char *const context = "AppointmentSlipDocument";
} // namespace

AppointmentSlipDocument::AppointmentSlipDocument(Meeting meeting, QString officer,
                                                 ServicePoint servicePoint, const QString &language)
    : m_meeting(std::move(meeting))
    , m_officer(std::move(officer))
    , m_servicePoint(std::move(servicePoint))
    , m_language(std::make_shared<PrintLanguage>(language))
{}

std::optional<AppointmentSlipDocument> AppointmentSlipDocument::load(QSqlDatabase db, qint64 planId,
                                                                     const QString &language)
{
    const Result<Plan> plan = PlanStore(db).load(planId);
    if (!plan)
        return std::nullopt;
    const std::optional<Meeting> next = MeetingStore(db).nextFor(*plan);
    if (!next)
        return std::nullopt;
    const QString officer = !next->officer.isEmpty() ? next->officer : officer::name();
    return AppointmentSlipDocument(*next, officer, ServicePoint::load(), language);
}

QString AppointmentSlipDocument::t(const char *source) const
{
    return m_language->text(context, source);
}

std::unique_ptr<QTextDocument> AppointmentSlipDocument::build() const
{
    std::unique_ptr<QTextDocument> document = newDocument();
    LargeTypeCursor cursor(document.get());
    cursor.title(formTitle());
    meetingText::writeMeeting(cursor, *m_language, &m_meeting);
    if (!m_meeting.reminder.trimmed().isEmpty()) {
        cursor.line(t(QT_TRANSLATE_NOOP("AppointmentSlipDocument", "Remember:")),
                    m_meeting.reminder);
    }
    if (!m_servicePoint.phone.trimmed().isEmpty()) {
        cursor.paragraph(t(QT_TRANSLATE_NOOP("AppointmentSlipDocument",
                                             "If you cannot come, call %1 in good time."))
                             .arg(m_servicePoint.phone.trimmed()));
    }
    meetingText::writeContact(cursor, *m_language, m_officer, m_servicePoint);
    cursor.cutLine();
    return document;
}

qreal AppointmentSlipDocument::usedHeightPoints() const
{
    // The page's top margin and header stand above the body.
    std::unique_ptr<QTextDocument> document = build();
    return 34 + 26 + LargeTypeCursor::heightPoints(*document);
}

QString AppointmentSlipDocument::formTitle() const
{
    return t(QT_TRANSLATE_NOOP("AppointmentSlipDocument", "Your next meeting"));
}

QString AppointmentSlipDocument::title() const
{
    return formTitle();
}

QString AppointmentSlipDocument::subject() const
{
    return t(QT_TRANSLATE_NOOP("AppointmentSlipDocument", "Appointment on %1"))
        .arg(m_language->date(m_meeting.startsAt.date()));
}

QString AppointmentSlipDocument::author() const
{
    return m_officer;
}

QString AppointmentSlipDocument::headerLeft() const
{
    return {};
}

QString AppointmentSlipDocument::headerRight() const
{
    return m_language->date(m_meeting.startsAt.date());
}

QString AppointmentSlipDocument::pageFooter(int, int) const
{
    return {};
}

} // namespace kotoplan
