// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "fields/PlanFields.h"

#include "domain/DateText.h"
#include "storage/SqlValues.h"

namespace kotoplan {

namespace {

QString yesNoText(const bool &value)
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
        lines.append(QStringList{row.goal, row.measure, row.responsible, row.schedule,
                                 dateText::formatDate(row.startedOn)}
                         .join(QStringLiteral(" | ")));
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

namespace {

// A field of the plan that no plain rule carries: the layers have code of their own for it.
FieldSpec<Plan> customField(const char *key, const QString &label,
                            std::function<QString(const Plan &)> text,
                            std::function<void(Plan &, const Plan &)> take)
{
    FieldSpec<Plan> spec;
    spec.key = QString::fromLatin1(key);
    spec.label = label;
    spec.text = std::move(text);
    spec.take = std::move(take);
    spec.jsonKey = spec.key;
    spec.widget = FieldWidget::Section;
    return spec;
}

QVariant nullId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QList<FieldSpec<Plan>> PlanFields::all()
{
    // The paper form's order; interpreting and the meeting place count with their fields.
    FieldSpec<Plan> participants = customField(
        "participants", PlanFields::tr("Taking part besides the client"),
        [](const Plan &p) { return participantsText(p.participants); },
        [](Plan &to, const Plan &from) { to.participants = from.participants; });
    participants.rowTable = QStringLiteral("plan_participant");
    participants.columns = {QStringLiteral("name"), QStringLiteral("organisation")};

    FieldSpec<Plan> interpreter =
        customField("interpreterPresent", PlanFields::tr("Interpreter present"), interpreterText,
                    [](Plan &to, const Plan &from) {
                        to.interpreterPresent = from.interpreterPresent;
                        to.interpreterLanguage = from.interpreterLanguage;
                        to.interpretingMode = from.interpretingMode;
                    });
    interpreter.columns = {QStringLiteral("interpreter_present"),
                           QStringLiteral("interpreter_language"),
                           QStringLiteral("interpreting_mode")};
    interpreter.toSql = [](const Plan &p) -> QVariantList {
        return {sql::text(yesNoKey(p.interpreterPresent)), sql::text(p.interpreterLanguage),
                sql::text(interpretingModeKey(p.interpretingMode))};
    };
    interpreter.fromSql = [](Plan &p, const QVariantList &v) {
        p.interpreterPresent = yesNoFromKey(v.at(0).toString());
        p.interpreterLanguage = v.at(1).toString();
        p.interpretingMode = interpretingModeFromKey(v.at(2).toString());
    };
    interpreter.jsonKey = QStringLiteral("interpreter");

    FieldSpec<Plan> draftedOn =
        dateField<Plan>("draftedOn", PlanFields::tr("Date the plan was drawn up or reviewed"),
                        "drafted_on", &Plan::draftedOn);
    draftedOn.required = true;

    FieldSpec<Plan> kind = customField(
        "kind", PlanFields::tr("First plan or review"),
        [](const Plan &p) {
            return p.kind == PlanKind::Review ? PlanFields::tr("Review")
                                              : PlanFields::tr("First plan");
        },
        [](Plan &to, const Plan &from) {
            to.kind = from.kind;
            to.previousPlanId = from.previousPlanId;
        });
    kind.columns = {QStringLiteral("kind"), QStringLiteral("previous_plan_id")};
    kind.toSql = [](const Plan &p) -> QVariantList {
        return {planKindKey(p.kind), nullId(p.previousPlanId)};
    };
    kind.fromSql = [](Plan &p, const QVariantList &v) {
        p.kind = planKindFromKey(v.at(0).toString());
        p.previousPlanId = v.at(1).toLongLong();
    };
    kind.required = true;

    FieldSpec<Plan> lifeSituation =
        textField<Plan>("lifeSituation", PlanFields::tr("Life situation and competence"),
                        "life_situation", &Plan::lifeSituation);
    lifeSituation.healthData = true;

    FieldSpec<Plan> goal = customField(
        "mainGoal", PlanFields::tr("Main goal"),
        [](const Plan &p) {
            return p.mainGoal == MainGoal::None ? QString() : mainGoal::label(p.mainGoal);
        },
        [](Plan &to, const Plan &from) { to.mainGoal = from.mainGoal; });
    goal.columns = {QStringLiteral("main_goal")};
    goal.toSql = [](const Plan &p) -> QVariantList {
        return {sql::text(mainGoal::key(p.mainGoal))};
    };
    goal.fromSql = [](Plan &p, const QVariantList &v) {
        p.mainGoal = mainGoal::fromKey(v.at(0).toString()).value_or(MainGoal::None);
    };

    // Two widgets, one for each of the two goals with a text: the section chooses.
    FieldSpec<Plan> goalText = textField<Plan>("mainGoalText", PlanFields::tr("Which goal"),
                                               "main_goal_text", &Plan::mainGoalText);
    goalText.widget = FieldWidget::Section;

    FieldSpec<Plan> subGoals = customField(
        "subGoals", PlanFields::tr("Sub-goals and measures"),
        [](const Plan &p) { return subGoalsText(p.subGoals); },
        [](Plan &to, const Plan &from) { to.subGoals = from.subGoals; });
    subGoals.rowTable = QStringLiteral("plan_sub_goal");
    subGoals.columns = {QStringLiteral("sub_goal"),   QStringLiteral("measure"),
                        QStringLiteral("service_id"), QStringLiteral("responsible"),
                        QStringLiteral("schedule"),   QStringLiteral("started_on")};

    FieldSpec<Plan> outcomes = customField(
        "subGoalOutcomes", PlanFields::tr("Outcomes of the previous sub-goals"),
        [](const Plan &p) { return outcomesText(p.outcomes); },
        [](Plan &to, const Plan &from) { to.outcomes = from.outcomes; });
    outcomes.rowTable = QStringLiteral("plan_sub_goal_outcome");
    outcomes.columns = {QStringLiteral("outcome"), QStringLiteral("note")};

    FieldSpec<Plan> rights =
        flagField<Plan>("rightsDiscussed", PlanFields::tr("Rights and obligations discussed"),
                        "rights_discussed", &Plan::rightsDiscussed, yesNoText);
    rights.required = true;
    FieldSpec<Plan> understood = flagField<Plan>(
        "clientUnderstood", PlanFields::tr("The client understood the agreed matters"),
        "client_understood", &Plan::clientUnderstood, yesNoText);
    understood.required = true;

    FieldSpec<Plan> meeting = customField("nextMeeting", PlanFields::tr("Next meeting"),
                                          meetingText, [](Plan &to, const Plan &from) {
                                              to.nextMeeting = from.nextMeeting;
                                              to.nextMeetingPlace = from.nextMeetingPlace;
                                          });
    meeting.columns = {QStringLiteral("next_meeting_at"), QStringLiteral("next_meeting_place")};
    meeting.toSql = [](const Plan &p) -> QVariantList {
        return {sql::fromDateTime(p.nextMeeting), sql::text(p.nextMeetingPlace)};
    };
    meeting.fromSql = [](Plan &p, const QVariantList &v) {
        p.nextMeeting = sql::toDateTime(v.at(0));
        p.nextMeetingPlace = v.at(1).toString();
    };

    FieldSpec<Plan> signing = customField(
        "signedOn", PlanFields::tr("Signed"),
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
        });
    signing.columns = {QStringLiteral("status"), QStringLiteral("signed_on"),
                       QStringLiteral("signed_by")};
    signing.toSql = [](const Plan &p) -> QVariantList {
        return {planStatusKey(p.status), sql::fromDate(p.signedOn), sql::text(p.signedBy)};
    };
    signing.fromSql = [](Plan &p, const QVariantList &v) {
        p.status = planStatusFromKey(v.at(0).toString());
        p.signedOn = sql::toDate(v.at(1));
        p.signedBy = v.at(2).toString();
    };
    signing.widget = FieldWidget::None; // recorded by signing, never typed

    return {
        participants,
        interpreter,
        draftedOn,
        kind,
        dateField<Plan>("firstPlanDate", PlanFields::tr("Date of the first plan"),
                        "first_plan_date", &Plan::firstPlanDate),
        lifeSituation,
        textField<Plan>("futureWish", PlanFields::tr("Future wish"), "future_wish",
                        &Plan::futureWish),
        goal,
        goalText,
        textField<Plan>("mainGoalDetails", PlanFields::tr("More about the main goal"),
                        "main_goal_details", &Plan::mainGoalDetails),
        textField<Plan>("occupationPrimary", PlanFields::tr("Primary occupational goal"),
                        "occupation_primary", &Plan::occupationPrimary),
        textField<Plan>("occupationAlternatives", PlanFields::tr("Alternative occupational goals"),
                        "occupation_alternatives", &Plan::occupationAlternatives),
        textField<Plan>("languageStudyPlan", PlanFields::tr("Language study plan"),
                        "language_study_plan", &Plan::languageStudyPlan),
        textField<Plan>("otherStudyPlan", PlanFields::tr("Other study plan"), "other_study_plan",
                        &Plan::otherStudyPlan),
        textField<Plan>("longTermMeasures", PlanFields::tr("Other long-term measures"),
                        "long_term_measures", &Plan::longTermMeasures),
        subGoals,
        outcomes,
        rights,
        understood,
        textField<Plan>("clientCommitments", PlanFields::tr("Expected of the client"),
                        "client_commitments", &Plan::clientCommitments),
        textField<Plan>("municipalityCommitments", PlanFields::tr("The municipality commits to"),
                        "municipality_commitments", &Plan::municipalityCommitments),
        meeting,
        signing,
    };
}

const QList<FieldSpec<Plan>> &PlanFields::rules()
{
    static const QList<FieldSpec<Plan>> table = all();
    return table;
}

} // namespace kotoplan
