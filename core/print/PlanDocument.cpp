// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/PlanDocument.h"

#include "domain/ClientCodes.h"
#include "domain/Eligibility.h"
#include "print/FormCursor.h"
#include "print/ServiceNames.h"
#include "settings/Municipality.h"
#include "settings/OfficerSettings.h"
#include "stores/ClientStore.h"
#include "stores/PlanReviews.h"
#include "stores/PlanStore.h"
#include "stores/SignedClient.h"

namespace kotoplan {

namespace {
const char *const context = "PlanDocument";
const QString blank = QStringLiteral("________________________");
} // namespace

PlanDocument::PlanDocument(Plan plan, Client client, const QString &language,
                           QList<SubGoal> previousSubGoals)
    : m_plan(std::move(plan))
    , m_client(std::move(client))
    , m_previousSubGoals(std::move(previousSubGoals))
    , m_language(std::make_shared<PrintLanguage>(language))
    , m_issuer(issuerFromSettings())
{}

PlanDocument::Issuer PlanDocument::issuerFromSettings()
{
    return {municipality::name(), officer::name(), officer::organisation()};
}

std::optional<PlanDocument> PlanDocument::load(QSqlDatabase db, qint64 planId,
                                               const QString &language)
{
    const Result<Plan> plan = PlanStore(db).load(planId);
    if (!plan)
        return std::nullopt;
    // A signed plan prints its client as signed, whatever was edited since.
    std::optional<Client> client = signedClient::load(db, planId);
    if (!client) {
        if (Result<Client> stored = ClientStore(db).load(plan->clientId))
            client = *stored;
    }
    if (!client)
        return std::nullopt;
    PlanDocument document(*plan, *client, language, PlanReviews(db).previousSubGoals(*plan));
    document.m_services = serviceNames::of(db, *plan);
    return document;
}

void PlanDocument::setServices(const QList<Service> &services)
{
    m_services.clear();
    for (const Service &service : services)
        m_services.insert(service.id, service);
}

QString PlanDocument::measureText(const SubGoal &subGoal) const
{
    return serviceNames::measure(subGoal, m_services, m_language->code());
}

QString PlanDocument::t(const char *source) const
{
    return m_language->text(context, source);
}

std::unique_ptr<QTextDocument> PlanDocument::build() const
{
    std::unique_ptr<QTextDocument> document = newDocument();

    FormCursor form(document.get());
    form.title(formTitle());

    // 1–3: who takes part, the interpreter and the date, as the form opens.
    form.label(t(QT_TRANSLATE_NOOP("PlanDocument", "Taking part besides the client:")));
    QList<QStringList> participants;
    for (const Participant &participant : m_plan.participants)
        participants.append({participant.name, participant.organisation});
    form.table({t(QT_TRANSLATE_NOOP("PlanDocument", "Name")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Organisation"))},
               participants, {50, 50}, 2);
    QString interpreting = m_language->languageName(m_plan.interpreterLanguage);
    switch (m_plan.interpretingMode) {
    case InterpretingMode::OnSite:
        interpreting =
            QStringList{interpreting, t(QT_TRANSLATE_NOOP("PlanDocument", "on site"))}.join(
                QStringLiteral(", "));
        break;
    case InterpretingMode::Phone:
        interpreting =
            QStringList{interpreting, t(QT_TRANSLATE_NOOP("PlanDocument", "by phone"))}.join(
                QStringLiteral(", "));
        break;
    case InterpretingMode::Video:
        interpreting =
            QStringList{interpreting, t(QT_TRANSLATE_NOOP("PlanDocument", "by video"))}.join(
                QStringLiteral(", "));
        break;
    case InterpretingMode::Unset:
        break;
    }
    if (interpreting.startsWith(QStringLiteral(", ")))
        interpreting.remove(0, 2);
    QString yes = t(QT_TRANSLATE_NOOP("PlanDocument", "Yes"));
    if (m_plan.interpreterPresent == YesNo::Yes && !interpreting.isEmpty())
        yes += QStringLiteral(" (%1)").arg(interpreting);
    form.label(t(QT_TRANSLATE_NOOP("PlanDocument", "Interpreter present")));
    form.checkLine(
        {{m_plan.interpreterPresent == YesNo::Yes, yes},
         {m_plan.interpreterPresent == YesNo::No, t(QT_TRANSLATE_NOOP("PlanDocument", "No"))}});
    form.space(4);
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "Date the plan was drawn up / reviewed")),
               m_language->date(m_plan.draftedOn));

    writeClient(form);
    writeGoals(form);
    writeReview(form);
    writeMeasures(form);
    writeSignatures(form);
    return document;
}

void PlanDocument::writeClient(FormCursor &form) const
{
    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "The client's personal data")));
    form.fieldRow({{t(QT_TRANSLATE_NOOP("PlanDocument", "Name")), m_client.name},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Date of birth")),
                    m_language->date(m_client.dateOfBirth)}});
    QStringList tongues;
    for (const QString &tongue : m_client.motherTongues)
        tongues.append(m_language->languageName(tongue));
    QStringList citizenships;
    for (const QString &country : m_client.citizenships)
        citizenships.append(m_language->countryName(country));
    form.fieldRow({{t(QT_TRANSLATE_NOOP("PlanDocument", "All mother tongues")),
                    tongues.join(QStringLiteral(", "))},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Citizenship")),
                    citizenships.join(QStringLiteral(", "))},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Contact language")),
                    m_language->languageName(m_client.contactLanguage)}});
    const QString postal =
        QStringList{m_client.postalCode, m_client.postOffice}.join(QLatin1Char(' ')).trimmed();
    form.fieldRow({{t(QT_TRANSLATE_NOOP("PlanDocument", "Address")), m_client.address},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Postal code and post office")), postal}});
    form.fieldRow(
        {{t(QT_TRANSLATE_NOOP("PlanDocument", "Phone")), clientCodes::groupedPhone(m_client.phone)},
         {t(QT_TRANSLATE_NOOP("PlanDocument", "E-mail")), m_client.email}});
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "Arrival in Finland (month/year)")),
               m_client.arrivedInFinland.isNull() ? QString()
                                                  : QStringLiteral("%1/%2")
                                                        .arg(m_client.arrivedInFinland.month)
                                                        .arg(m_client.arrivedInFinland.year));
    form.field(
        t(QT_TRANSLATE_NOOP("PlanDocument", "Date of first residence permit, residence card or "
                                            "registration of right of residence")),
        m_language->date(m_client.firstPermitDate));
    // Field 14 is computed from field 13 and the plan's date, never typed.
    const Eligibility eligibility =
        Eligibility::evaluate(m_client.firstPermitDate, m_plan.draftedOn);
    form.checkLine({{eligibility.known && eligibility.eligible,
                     t(QT_TRANSLATE_NOOP("PlanDocument",
                                         "Less than 3 years have passed since that date, so a plan "
                                         "can be drawn up"))}});

    form.label(t(QT_TRANSLATE_NOOP("PlanDocument", "This is:")));
    form.checkLine(
        {{m_plan.kind == PlanKind::First, t(QT_TRANSLATE_NOOP("PlanDocument", "the first plan"))}});
    const QString firstDate = m_plan.kind == PlanKind::Review && m_plan.firstPlanDate.isValid()
                                  ? m_language->date(m_plan.firstPlanDate)
                                  : blank;
    form.checkLine({{m_plan.kind == PlanKind::Review,
                     t(QT_TRANSLATE_NOOP("PlanDocument", "a review. Date of the first plan:")) +
                         QLatin1Char(' ') + firstDate}});

    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "Life situation")));
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "Summary of the client's life situation and competence (reason "
                                   "for entry, family, social challenges, health, language skills, "
                                   "education, work experience, wishes and goals)")),
               m_lifeSituationWithheld
                   ? t(QT_TRANSLATE_NOOP("PlanDocument",
                                         "Not included in this copy: the summary may hold health "
                                         "data and was left out of this hand-over."))
                   : m_plan.lifeSituation,
               m_lifeSituationWithheld ? 1 : 6);
}

void PlanDocument::writeGoals(FormCursor &form) const
{
    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "Goals of integration")));
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "The future wish in the client's own words: what everyday "
                                   "life in about five years")),
               m_plan.futureWish, 4);

    form.label(t(QT_TRANSLATE_NOOP("PlanDocument", "Main goal (choose one):")));
    // The form's own wording of the nine choices, in its order.
    static const std::pair<MainGoal, const char *> choices[] = {
        {MainGoal::WorkOrEntrepreneurship,
         QT_TRANSLATE_NOOP("PlanDocument", "work or entrepreneurship")},
        {MainGoal::Vocation, QT_TRANSLATE_NOOP("PlanDocument", "a vocation")},
        {MainGoal::Literacy, QT_TRANSLATE_NOOP("PlanDocument", "literacy")},
        {MainGoal::BasicEducation, QT_TRANSLATE_NOOP("PlanDocument", "basic education")},
        {MainGoal::BasicLanguageSkills,
         QT_TRANSLATE_NOOP("PlanDocument", "working basic Finnish/Swedish")},
        {MainGoal::OtherLanguageLevel,
         QT_TRANSLATE_NOOP("PlanDocument", "another level of Finnish/Swedish (which)")},
        {MainGoal::Rehabilitation, QT_TRANSLATE_NOOP("PlanDocument", "rehabilitation")},
        {MainGoal::EverydayLife,
         QT_TRANSLATE_NOOP("PlanDocument", "managing everyday life independently")},
        {MainGoal::Other, QT_TRANSLATE_NOOP("PlanDocument", "another main goal (which)")},
    };
    for (const auto &[goal, source] : choices) {
        QString text = t(source);
        if (mainGoal::needsText(goal)) {
            const bool chosen = m_plan.mainGoal == goal && !m_plan.mainGoalText.isEmpty();
            text += QLatin1Char(' ') + (chosen ? m_plan.mainGoalText : blank);
        }
        form.checkLine({{m_plan.mainGoal == goal, text}});
    }

    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "More about the main goal")),
               m_plan.mainGoalDetails, 3);
    form.label(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "If the main goal is work or entrepreneurship: primary and "
                                   "alternative occupational goals")));
    form.fieldRow({{t(QT_TRANSLATE_NOOP("PlanDocument", "Primary occupational goal")),
                    m_plan.occupationPrimary, 2},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Alternative occupational goals")),
                    m_plan.occupationAlternatives, 2}});
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "Language study plan")),
               m_plan.languageStudyPlan, 3);
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "Other study plan")), m_plan.otherStudyPlan, 3);
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "Other long-term measures (civic organisations, applying for "
                                   "rehabilitation, family integration plan, family "
                                   "reunification, referral to social and health services)")),
               m_plan.longTermMeasures, 3);
}

void PlanDocument::writeReview(FormCursor &form) const
{
    if (m_plan.kind != PlanKind::Review)
        return;
    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "Review of the previous plan's sub-goals")));
    // Every sub-goal of the previous plan gets its line, assessed or not, so nothing is skipped
    // over unseen on paper.
    const int count = qMax(int(m_previousSubGoals.size()), [this] {
        int last = 0;
        for (const SubGoalOutcome &row : m_plan.outcomes)
            last = qMax(last, row.position + 1);
        return last;
    }());
    QList<QStringList> rows;
    for (int position = 0; position < count; ++position) {
        QString subGoal =
            position < m_previousSubGoals.size() ? m_previousSubGoals.at(position).goal : QString();
        if (subGoal.isEmpty())
            subGoal = t(QT_TRANSLATE_NOOP("PlanDocument", "Sub-goal %1")).arg(position + 1);
        SubGoalOutcome assessed{position, Outcome::Unset, {}};
        for (const SubGoalOutcome &row : m_plan.outcomes) {
            if (row.position == position)
                assessed = row;
        }
        rows.append({subGoal, outcomeText(assessed.outcome), assessed.note});
    }
    form.table({t(QT_TRANSLATE_NOOP("PlanDocument", "Sub-goal of the previous plan")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Outcome")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Note"))},
               rows, {38, 20, 42}, 2);
}

QString PlanDocument::outcomeText(Outcome outcome) const
{
    // The printout's own words, so an unassessed line stays blank to fill in by hand.
    switch (outcome) {
    case Outcome::Achieved:
        return t(QT_TRANSLATE_NOOP("PlanDocument", "Achieved"));
    case Outcome::Partly:
        return t(QT_TRANSLATE_NOOP("PlanDocument", "Partly achieved"));
    case Outcome::NotAchieved:
        return t(QT_TRANSLATE_NOOP("PlanDocument", "Not achieved"));
    case Outcome::Changed:
        return t(QT_TRANSLATE_NOOP("PlanDocument", "Changed"));
    case Outcome::Unset:
        break;
    }
    return {};
}

void PlanDocument::writeMeasures(FormCursor &form) const
{
    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "Measures")));
    form.label(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "Sub-goals for the next 12 months with their measures:")));
    QList<QStringList> rows;
    for (const SubGoal &subGoal : m_plan.subGoals)
        rows.append({subGoal.goal, measureText(subGoal), m_language->partyName(subGoal.responsible),
                     subGoal.schedule});
    form.table({t(QT_TRANSLATE_NOOP("PlanDocument", "Sub-goal")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Measure")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Responsible party")),
                t(QT_TRANSLATE_NOOP("PlanDocument", "Schedule"))},
               rows, {28, 32, 22, 18}, 4);

    const QString yes = t(QT_TRANSLATE_NOOP("PlanDocument", "Yes"));
    form.label(
        t(QT_TRANSLATE_NOOP("PlanDocument", "Rights and obligations of the plan discussed with the "
                                            "client")));
    form.checkLine({{m_plan.rightsDiscussed, yes}});
    form.label(t(QT_TRANSLATE_NOOP("PlanDocument",
                                   "The agreed matters were gone through so that the client "
                                   "understands them")));
    form.checkLine({{m_plan.clientUnderstood, yes}});
    form.space(4);
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "Expected of the client")),
               m_plan.clientCommitments, 3);
    form.field(t(QT_TRANSLATE_NOOP("PlanDocument", "The municipality commits to")),
               m_plan.municipalityCommitments, 3);
    form.fieldRow({{t(QT_TRANSLATE_NOOP("PlanDocument", "Next meeting")),
                    m_language->dateTime(m_plan.nextMeeting)},
                   {t(QT_TRANSLATE_NOOP("PlanDocument", "Place")), m_plan.nextMeetingPlace}});
}

void PlanDocument::writeSignatures(FormCursor &form) const
{
    form.heading(t(QT_TRANSLATE_NOOP("PlanDocument", "Signatures")), true);
    const bool isSigned = m_plan.status == PlanStatus::Signed;
    // What the paper is, in words: the record of a signing, or a draft that is not one yet.
    if (isSigned)
        form.text(t(QT_TRANSLATE_NOOP("PlanDocument", "Signed on %1 by %2"))
                      .arg(m_language->date(m_plan.signedOn), m_plan.signedBy));
    else
        form.text(pageMark());
    const QString nameInPrint = t(QT_TRANSLATE_NOOP("PlanDocument", "Name in print"));
    // The officer who recorded the signing, else the one at this desk, pre-printed.
    const QString officer = isSigned ? m_plan.signedBy : m_issuer.officer;
    // The signer's organisation as the plan's participants give it, else this desk's.
    QString organisation = m_issuer.organisation;
    for (const Participant &participant : m_plan.participants) {
        if (isSigned && participant.name.trimmed() == officer &&
            !participant.organisation.isEmpty())
            organisation = participant.organisation;
    }
    QList<QList<std::pair<QString, QString>>> rows{
        {{t(QT_TRANSLATE_NOOP("PlanDocument", "Place and date")),
          m_language->date(m_plan.signedOn)},
         {t(QT_TRANSLATE_NOOP("PlanDocument", "Client's signature")), QString()},
         {nameInPrint, m_client.name}},
        {{t(QT_TRANSLATE_NOOP("PlanDocument", "Officer's signature")), QString()},
         {nameInPrint, officer},
         {t(QT_TRANSLATE_NOOP("PlanDocument", "Organisation")), organisation}},
    };
    if (m_plan.interpreterPresent == YesNo::Yes) {
        rows.append({{t(QT_TRANSLATE_NOOP("PlanDocument", "Interpreter's signature")), QString()},
                     {nameInPrint, QString()}});
    }
    form.signatureBlock(rows);
}

} // namespace kotoplan
