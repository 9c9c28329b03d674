// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/MainGoal.h"
#include "domain/SubGoalOutcome.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kotoplan {

// Field 1: someone taking part in drawing up the plan besides the client.
struct Participant
{
    QString name;
    QString organisation;
    bool operator==(const Participant &) const = default;
};

// Field 24: one row of the sub-goal table for the next 12 months.
struct SubGoal
{
    QString goal;
    QString measure;
    qint64 serviceId = 0; // the catalogue entry the measure came from, 0 for free text
    QString responsible;
    QString schedule;
    QDate startedOn = {}; // when the agreed service began; null until the officer records it
    bool operator==(const SubGoal &) const = default;
};

enum class PlanKind
{
    First,
    Review
};
enum class PlanStatus
{
    Draft,
    Signed
};
// Field 2 may be left unanswered: the form has two boxes, and neither may be ticked yet.
enum class YesNo
{
    Unset,
    Yes,
    No
};
enum class InterpretingMode
{
    Unset,
    OnSite,
    Phone,
    Video
};

// One version of a client's integration plan: fields 1–3 and 15–30 of the paper form.
struct Plan
{
    qint64 id = 0; // 0 until stored
    qint64 clientId = 0;
    PlanKind kind = PlanKind::First;
    PlanStatus status = PlanStatus::Draft;
    qint64 previousPlanId = 0; // the plan a review continues, 0 for a first plan

    QList<Participant> participants;         // 1
    YesNo interpreterPresent = YesNo::Unset; // 2
    QString interpreterLanguage;             // 2, for the municipality's interpreting costs
    InterpretingMode interpretingMode = InterpretingMode::Unset;
    QDate draftedOn;                    // 3
    QDate firstPlanDate;                // 15, for a review
    QString lifeSituation;              // 16 (may hold health data)
    QString futureWish;                 // 17
    MainGoal mainGoal = MainGoal::None; // 18
    QString mainGoalText;               // 18, for the two choices with a text
    QString mainGoalDetails;            // 19
    QString occupationPrimary;          // 20
    QString occupationAlternatives;     // 20
    QString languageStudyPlan;          // 21
    QString otherStudyPlan;             // 22
    QString longTermMeasures;           // 23
    QList<SubGoal> subGoals;            // 24
    bool rightsDiscussed = false;       // 25
    bool clientUnderstood = false;      // 26
    QString clientCommitments;          // 27
    QString municipalityCommitments;    // 28
    QDateTime nextMeeting;              // 29
    QString nextMeetingPlace;           // 29
    QDate signedOn;                     // 30
    QString signedBy;                   // 30: the officer who recorded the signing
    QList<SubGoalOutcome> outcomes;     // a review: how the previous plan's sub-goals went

    int rowVersion = 0; // the stored version this value was read at

    bool operator==(const Plan &) const = default;
};

QString planKindKey(PlanKind kind);
PlanKind planKindFromKey(const QString &key);
QString planStatusKey(PlanStatus status);
PlanStatus planStatusFromKey(const QString &key);
QString yesNoKey(YesNo value);
YesNo yesNoFromKey(const QString &key);
QString interpretingModeKey(InterpretingMode mode);
InterpretingMode interpretingModeFromKey(const QString &key);

} // namespace kotoplan
