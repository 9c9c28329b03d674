// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/PlanFields.h"

#include "domain/DateText.h"

namespace kotoplan {

namespace {

QString yesNoText(bool value)
{
    return value ? PlanFields::tr("Yes") : PlanFields::tr("No");
}

QString participantsText(const QList<Participant> &participants)
{
    QStringList lines;
    for (const Participant &participant : participants)
        lines.append(participant.name + QStringLiteral(", ") + participant.organisation);
    return lines.join(QLatin1Char('\n'));
}

QString subGoalsText(const QList<SubGoal> &subGoals)
{
    QStringList lines;
    for (const SubGoal &row : subGoals)
        lines.append(QStringList{row.goal, row.measure, row.responsible, row.schedule}.join(
            QStringLiteral(" | ")));
    return lines.join(QLatin1Char('\n'));
}

QString outcomesText(const QList<SubGoalOutcome> &outcomes)
{
    QStringList lines;
    for (const SubGoalOutcome &row : outcomes) {
        QString line =
            QStringLiteral("%1. %2").arg(row.position + 1).arg(outcome::label(row.outcome));
        if (!row.note.isEmpty())
            line += QStringLiteral(": ") + row.note;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString modeText(InterpretingMode mode)
{
    switch (mode) {
    case InterpretingMode::OnSite:
        return PlanFields::tr("on site");
    case InterpretingMode::Phone:
        return PlanFields::tr("by phone");
    case InterpretingMode::Video:
        return PlanFields::tr("by video");
    case InterpretingMode::Unset:
        break;
    }
    return {};
}

QString interpreterText(const Plan &plan)
{
    switch (plan.interpreterPresent) {
    case YesNo::Yes: {
        QStringList details{plan.interpreterLanguage, modeText(plan.interpretingMode)};
        details.removeAll(QString());
        return details.isEmpty() ? yesNoText(true)
                                 : yesNoText(true) + QStringLiteral(" (") +
                                       details.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case YesNo::No:
        return yesNoText(false);
    case YesNo::Unset:
        break;
    }
    return {};
}

QString meetingText(const Plan &plan)
{
    if (!plan.nextMeeting.isValid())
        return plan.nextMeetingPlace;
    QString text = dateText::formatDate(plan.nextMeeting.date()) + QLatin1Char(' ') +
                   plan.nextMeeting.time().toString(QStringLiteral("H.mm"));
    if (!plan.nextMeetingPlace.isEmpty())
        text += QStringLiteral(", ") + plan.nextMeetingPlace;
    return text;
}

} // namespace

QList<FieldSpec<Plan>> PlanFields::all()
{
    // The paper form's order; interpreting and the meeting place count with their fields.
    return {
        {QStringLiteral("participants"), PlanFields::tr("Taking part besides the client"),
         [](const Plan &p) { return participantsText(p.participants); },
         [](Plan &to, const Plan &from) {
             to.participants = from.participants;
         }},
        {QStringLiteral("interpreterPresent"), PlanFields::tr("Interpreter present"),
         interpreterText,
         [](Plan &to, const Plan &from) {
             to.interpreterPresent = from.interpreterPresent;
             to.interpreterLanguage = from.interpreterLanguage;
             to.interpretingMode = from.interpretingMode;
         }},
        {QStringLiteral("draftedOn"), PlanFields::tr("Date the plan was drawn up or reviewed"),
         [](const Plan &p) { return dateText::formatDate(p.draftedOn); },
         [](Plan &to, const Plan &from) {
             to.draftedOn = from.draftedOn;
         }},
        {QStringLiteral("kind"), PlanFields::tr("First plan or review"),
         [](const Plan &p) {
             return p.kind == PlanKind::Review ? PlanFields::tr("Review")
                                               : PlanFields::tr("First plan");
         },
         [](Plan &to, const Plan &from) {
             to.kind = from.kind;
             to.previousPlanId = from.previousPlanId;
         }},
        {QStringLiteral("firstPlanDate"), PlanFields::tr("Date of the first plan"),
         [](const Plan &p) { return dateText::formatDate(p.firstPlanDate); },
         [](Plan &to, const Plan &from) {
             to.firstPlanDate = from.firstPlanDate;
         }},
        textField<Plan>("lifeSituation", PlanFields::tr("Life situation and competence"),
                        &Plan::lifeSituation),
        textField<Plan>("futureWish", PlanFields::tr("Future wish"), &Plan::futureWish),
        {QStringLiteral("mainGoal"), PlanFields::tr("Main goal"),
         [](const Plan &p) {
             return p.mainGoal == MainGoal::None ? QString() : mainGoal::label(p.mainGoal);
         },
         [](Plan &to, const Plan &from) {
             to.mainGoal = from.mainGoal;
         }},
        textField<Plan>("mainGoalText", PlanFields::tr("Which goal"), &Plan::mainGoalText),
        textField<Plan>("mainGoalDetails", PlanFields::tr("More about the main goal"),
                        &Plan::mainGoalDetails),
        textField<Plan>("occupationPrimary", PlanFields::tr("Primary occupational goal"),
                        &Plan::occupationPrimary),
        textField<Plan>("occupationAlternatives", PlanFields::tr("Alternative occupational goals"),
                        &Plan::occupationAlternatives),
        textField<Plan>("languageStudyPlan", PlanFields::tr("Language study plan"),
                        &Plan::languageStudyPlan),
        textField<Plan>("otherStudyPlan", PlanFields::tr("Other study plan"),
                        &Plan::otherStudyPlan),
        textField<Plan>("longTermMeasures", PlanFields::tr("Other long-term measures"),
                        &Plan::longTermMeasures),
        {QStringLiteral("subGoals"), PlanFields::tr("Sub-goals and measures"),
         [](const Plan &p) { return subGoalsText(p.subGoals); },
         [](Plan &to, const Plan &from) {
             to.subGoals = from.subGoals;
         }},
        {QStringLiteral("subGoalOutcomes"), PlanFields::tr("Outcomes of the previous sub-goals"),
         [](const Plan &p) { return outcomesText(p.outcomes); },
         [](Plan &to, const Plan &from) {
             to.outcomes = from.outcomes;
         }},
        {QStringLiteral("rightsDiscussed"), PlanFields::tr("Rights and obligations discussed"),
         [](const Plan &p) { return yesNoText(p.rightsDiscussed); },
         [](Plan &to, const Plan &from) {
             to.rightsDiscussed = from.rightsDiscussed;
         }},
        {QStringLiteral("clientUnderstood"),
         PlanFields::tr("The client understood the agreed matters"),
         [](const Plan &p) { return yesNoText(p.clientUnderstood); },
         [](Plan &to, const Plan &from) {
             to.clientUnderstood = from.clientUnderstood;
         }},
        textField<Plan>("clientCommitments", PlanFields::tr("Expected of the client"),
                        &Plan::clientCommitments),
        textField<Plan>("municipalityCommitments", PlanFields::tr("The municipality commits to"),
                        &Plan::municipalityCommitments),
        {QStringLiteral("nextMeeting"), PlanFields::tr("Next meeting"), meetingText,
         [](Plan &to, const Plan &from) {
             to.nextMeeting = from.nextMeeting;
             to.nextMeetingPlace = from.nextMeetingPlace;
         }},
        {QStringLiteral("signedOn"), PlanFields::tr("Signed"),
         [](const Plan &p) -> QString {
             if (p.status != PlanStatus::Signed)
                 return PlanFields::tr("Draft");
             QString text = dateText::formatDate(p.signedOn);
             if (!p.signedBy.isEmpty())
                 text += QStringLiteral(", ") + p.signedBy;
             return text;
         },
         [](Plan &to, const Plan &from) {
             to.status = from.status;
             to.signedOn = from.signedOn;
             to.signedBy = from.signedBy;
         }},
    };
}

} // namespace kotoplan
