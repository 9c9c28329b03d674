// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PlanComparison.h"

#include "DateText.h"

#include <functional>

namespace kotoplan {

namespace {

QString yesNoText(bool value)
{
    return value ? PlanComparison::tr("Yes") : PlanComparison::tr("No");
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
        return PlanComparison::tr("on site");
    case InterpretingMode::Phone:
        return PlanComparison::tr("by phone");
    case InterpretingMode::Video:
        return PlanComparison::tr("by video");
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

struct FieldSpec
{
    const char *key;
    QString label;
    std::function<QString(const Plan &)> text;
};

} // namespace

PlanComparison::PlanComparison(const Plan &before, const Plan &after)
{
    // The paper form's order; interpreting and the meeting place count with their fields.
    const QList<FieldSpec> specs = {
        {"participants", tr("Taking part besides the client"),
         [](const Plan &p) {
             return participantsText(p.participants);
         }},
        {"interpreterPresent", tr("Interpreter present"), interpreterText},
        {"draftedOn", tr("Date the plan was drawn up or reviewed"),
         [](const Plan &p) {
             return dateText::formatDate(p.draftedOn);
         }},
        {"kind", tr("First plan or review"),
         [](const Plan &p) {
             return p.kind == PlanKind::Review ? tr("Review") : tr("First plan");
         }},
        {"firstPlanDate", tr("Date of the first plan"),
         [](const Plan &p) {
             return dateText::formatDate(p.firstPlanDate);
         }},
        {"lifeSituation", tr("Life situation and competence"),
         [](const Plan &p) {
             return p.lifeSituation;
         }},
        {"futureWish", tr("Future wish"),
         [](const Plan &p) {
             return p.futureWish;
         }},
        {"mainGoal", tr("Main goal"),
         [](const Plan &p) {
             return p.mainGoal == MainGoal::None ? QString() : mainGoal::label(p.mainGoal);
         }},
        {"mainGoalText", tr("Which goal"),
         [](const Plan &p) {
             return p.mainGoalText;
         }},
        {"mainGoalDetails", tr("More about the main goal"),
         [](const Plan &p) {
             return p.mainGoalDetails;
         }},
        {"occupationPrimary", tr("Primary occupational goal"),
         [](const Plan &p) {
             return p.occupationPrimary;
         }},
        {"occupationAlternatives", tr("Alternative occupational goals"),
         [](const Plan &p) {
             return p.occupationAlternatives;
         }},
        {"languageStudyPlan", tr("Language study plan"),
         [](const Plan &p) {
             return p.languageStudyPlan;
         }},
        {"otherStudyPlan", tr("Other study plan"),
         [](const Plan &p) {
             return p.otherStudyPlan;
         }},
        {"longTermMeasures", tr("Other long-term measures"),
         [](const Plan &p) {
             return p.longTermMeasures;
         }},
        {"subGoals", tr("Sub-goals and measures"),
         [](const Plan &p) {
             return subGoalsText(p.subGoals);
         }},
        {"subGoalOutcomes", tr("Outcomes of the previous sub-goals"),
         [](const Plan &p) {
             return outcomesText(p.outcomes);
         }},
        {"rightsDiscussed", tr("Rights and obligations discussed"),
         [](const Plan &p) {
             return yesNoText(p.rightsDiscussed);
         }},
        {"clientUnderstood", tr("The client understood the agreed matters"),
         [](const Plan &p) {
             return yesNoText(p.clientUnderstood);
         }},
        {"clientCommitments", tr("Expected of the client"),
         [](const Plan &p) {
             return p.clientCommitments;
         }},
        {"municipalityCommitments", tr("The municipality commits to"),
         [](const Plan &p) {
             return p.municipalityCommitments;
         }},
        {"nextMeeting", tr("Next meeting"), meetingText},
        {"signedOn", tr("Signed"),
         [](const Plan &p) -> QString {
             if (p.status != PlanStatus::Signed)
                 return tr("Draft");
             QString text = dateText::formatDate(p.signedOn);
             if (!p.signedBy.isEmpty())
                 text += QStringLiteral(", ") + p.signedBy;
             return text;
         }},
    };
    for (const FieldSpec &spec : specs) {
        Field field{QString::fromLatin1(spec.key), spec.label, spec.text(before), spec.text(after)};
        field.changed = field.before != field.after;
        m_fields.append(field);
    }
}

QStringList PlanComparison::changedKeys() const
{
    QStringList keys;
    for (const Field &field : m_fields) {
        if (field.changed)
            keys.append(field.key);
    }
    return keys;
}

} // namespace kotoplan
