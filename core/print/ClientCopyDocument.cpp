// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/ClientCopyDocument.h"

#include "print/ServiceNames.h"

#include "print/LargeTypeCursor.h"
#include "print/MeetingText.h"
#include "print/SafeFileName.h"
#include "settings/OfficerSettings.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"

namespace kotoplan {

namespace {
const char *const context = "ClientCopyDocument";
} // namespace

ClientCopyDocument::ClientCopyDocument(Plan plan, Client client, std::optional<Meeting> nextMeeting,
                                       Contact contact, const QString &language)
    : m_plan(std::move(plan))
    , m_client(std::move(client))
    , m_nextMeeting(std::move(nextMeeting))
    , m_contact(std::move(contact))
    , m_language(std::make_shared<PrintLanguage>(language))
{}

std::optional<ClientCopyDocument> ClientCopyDocument::load(QSqlDatabase db, qint64 planId,
                                                           const QString &language)
{
    const Result<Plan> plan = PlanStore(db).load(planId);
    if (!plan)
        return std::nullopt;
    const Result<Client> client = ClientStore(db).load(plan->clientId);
    if (!client)
        return std::nullopt;
    const std::optional<Meeting> next = MeetingStore(db).nextFor(*plan);
    Contact contact;
    contact.officer = next && !next->officer.isEmpty() ? next->officer
                      : !plan->signedBy.isEmpty()      ? plan->signedBy
                                                       : officer::name();
    contact.servicePoint = ServicePoint::load();
    // Services and parties in the copy's language, as on the form.
    Plan shown = *plan;
    const QHash<qint64, Service> services = serviceNames::of(db, shown);
    const PrintLanguage printLanguage(language);
    for (SubGoal &subGoal : shown.subGoals) {
        subGoal.measure = serviceNames::measure(subGoal, services, language);
        subGoal.responsible = printLanguage.partyName(subGoal.responsible);
    }
    return ClientCopyDocument(shown, *client, next, contact, language);
}

QString ClientCopyDocument::t(const char *source) const
{
    return m_language->text(context, source);
}

QString ClientCopyDocument::mainGoalSentence() const
{
    // The nine choices of the form, in plain words.
    const char *goal = nullptr;
    switch (m_plan.mainGoal) {
    case MainGoal::WorkOrEntrepreneurship:
        goal =
            QT_TRANSLATE_NOOP("ClientCopyDocument", "You want to find work or start a business.");
        break;
    case MainGoal::Vocation:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument", "You want to learn a vocation.");
        break;
    case MainGoal::Literacy:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument", "You want to learn to read and write.");
        break;
    case MainGoal::BasicEducation:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument", "You want to finish basic education.");
        break;
    case MainGoal::BasicLanguageSkills:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument",
                                 "You want to learn basic Finnish or Swedish for everyday life.");
        break;
    case MainGoal::OtherLanguageLevel:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument",
                                 "You want to learn Finnish or Swedish to this level:");
        break;
    case MainGoal::Rehabilitation:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument",
                                 "You want to get rehabilitation for your ability to work and "
                                 "function.");
        break;
    case MainGoal::EverydayLife:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument",
                                 "You want to manage your everyday life on your own.");
        break;
    case MainGoal::Other:
        goal = QT_TRANSLATE_NOOP("ClientCopyDocument", "Your goal:");
        break;
    case MainGoal::None:
        return {};
    }
    QString sentence = t(goal);
    if (mainGoal::needsText(m_plan.mainGoal) && !m_plan.mainGoalText.trimmed().isEmpty())
        sentence += QLatin1Char(' ') + m_plan.mainGoalText.trimmed();
    return sentence;
}

std::unique_ptr<QTextDocument> ClientCopyDocument::build() const
{
    // Large type while it fits two pages; a plan of many sub-goals gets a little smaller type
    // rather than a third page. The room the page break before the meeting may take is kept.
    const qreal room = 2 * LargeTypeCursor::pageBodyPoints - 80;
    std::unique_ptr<QTextDocument> document;
    for (const qreal scale : {1.0, 0.92, 0.85, 0.78, 0.72}) {
        document = build(scale);
        if (LargeTypeCursor::heightPoints(*document) <= room)
            break;
    }
    return document;
}

std::unique_ptr<QTextDocument> ClientCopyDocument::build(qreal scale) const
{
    std::unique_ptr<QTextDocument> document = newDocument();
    LargeTypeCursor cursor(document.get(), scale);
    cursor.title(formTitle());
    cursor.paragraph(t(QT_TRANSLATE_NOOP("ClientCopyDocument",
                                         "This is your own copy. It tells in short what we "
                                         "agreed together on %1."))
                         .arg(m_language->date(m_plan.draftedOn)));

    cursor.heading(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Your goal")));
    cursor.paragraph(mainGoalSentence());
    if (!m_plan.futureWish.trimmed().isEmpty()) {
        cursor.line(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Your wish for the future:")),
                    QStringLiteral("“%1”").arg(m_plan.futureWish.trimmed()));
    }

    cursor.heading(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "What you will do")));
    cursor.paragraph(m_plan.clientCommitments);
    cursor.bullet(
        {}, t(QT_TRANSLATE_NOOP("ClientCopyDocument", "You take part in the services below.")));
    cursor.bullet({}, t(QT_TRANSLATE_NOOP("ClientCopyDocument",
                                          "You come to the meetings. If you cannot come, you "
                                          "tell us early.")));

    cursor.heading(
        t(QT_TRANSLATE_NOOP("ClientCopyDocument", "What the municipality and others will do")));
    cursor.paragraph(m_plan.municipalityCommitments);
    for (const SubGoal &subGoal : m_plan.subGoals) {
        QStringList sentences;
        if (!subGoal.measure.trimmed().isEmpty())
            sentences.append(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "What: %1."))
                                 .arg(subGoal.measure.trimmed()));
        if (!subGoal.responsible.trimmed().isEmpty())
            sentences.append(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Who: %1."))
                                 .arg(subGoal.responsible.trimmed()));
        if (!subGoal.schedule.trimmed().isEmpty())
            sentences.append(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "When: %1."))
                                 .arg(subGoal.schedule.trimmed()));
        const QString goal = subGoal.goal.trimmed();
        cursor.bullet(goal.isEmpty() ? QString() : goal + QLatin1Char('.'),
                      sentences.join(QLatin1Char(' ')));
    }

    cursor.heading(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Your next meeting")), true);
    meetingText::writeMeeting(cursor, *m_language, m_nextMeeting ? &*m_nextMeeting : nullptr);

    cursor.heading(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Who to contact")));
    meetingText::writeContact(cursor, *m_language, m_contact.officer, m_contact.servicePoint);

    cursor.heading(t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Your rights and duties")));
    static const char *const rights[] = {
        QT_TRANSLATE_NOOP("ClientCopyDocument",
                          "You have the right to an interpreter at your meetings with us. "
                          "Tell us if you need one."),
        QT_TRANSLATE_NOOP("ClientCopyDocument",
                          "You have the right to see the information we keep about you."),
        QT_TRANSLATE_NOOP("ClientCopyDocument",
                          "We look at your plan together again at least every six months. You "
                          "can ask to change it earlier."),
        QT_TRANSLATE_NOOP("ClientCopyDocument",
                          "Your duty is to take part in the services agreed in your plan."),
        QT_TRANSLATE_NOOP("ClientCopyDocument",
                          "Tell us if your address, phone number or life changes."),
    };
    for (const char *sentence : rights)
        cursor.bullet({}, t(sentence));
    return document;
}

QString ClientCopyDocument::formTitle() const
{
    return t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Your integration plan"));
}

QString ClientCopyDocument::title() const
{
    return QStringLiteral("%1 – %2").arg(formTitle(), m_client.name);
}

QString ClientCopyDocument::subject() const
{
    return t(QT_TRANSLATE_NOOP("ClientCopyDocument", "The client's copy of the plan of %1"))
        .arg(m_language->date(m_plan.draftedOn));
}

QString ClientCopyDocument::author() const
{
    return m_contact.officer;
}

QString ClientCopyDocument::headerLeft() const
{
    return m_client.name;
}

QString ClientCopyDocument::headerRight() const
{
    return t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Plan of %1"))
        .arg(m_language->date(m_plan.draftedOn));
}

QString ClientCopyDocument::pageFooter(int page, int pages) const
{
    return t(QT_TRANSLATE_NOOP("ClientCopyDocument", "Page %1 / %2")).arg(page).arg(pages);
}

QString ClientCopyDocument::suggestedFileName() const
{
    const QString date =
        m_plan.draftedOn.isValid() ? m_plan.draftedOn.toString(Qt::ISODate) : QString();
    QStringList parts{m_client.name, date, t(QT_TRANSLATE_NOOP("ClientCopyDocument", "your-plan"))};
    parts.removeAll(QString());
    return safeFileName(parts.join(QLatin1Char('-')), QStringLiteral(".pdf"));
}

} // namespace kotoplan
