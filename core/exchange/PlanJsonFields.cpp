// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanJsonFields.h"

#include "exchange/PlanJson.h"

#include <QJsonArray>

namespace kotoplan::planJsonFields {

namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray participantsJson(const Plan &plan)
{
    QJsonArray participants;
    for (const Participant &participant : plan.participants)
        participants.append(
            QJsonObject{{QStringLiteral("name"), participant.name},
                        {QStringLiteral("organisation"), participant.organisation}});
    return participants;
}

QJsonArray subGoalsJson(const Plan &plan)
{
    QJsonArray subGoals;
    for (const SubGoal &row : plan.subGoals) {
        QJsonObject item{{QStringLiteral("goal"), row.goal},
                         {QStringLiteral("measure"), row.measure},
                         {QStringLiteral("responsible"), row.responsible},
                         {QStringLiteral("schedule"), row.schedule}};
        if (row.serviceId > 0)
            item.insert(QStringLiteral("serviceId"), row.serviceId);
        // Since 1.2, and only once the service has begun.
        if (row.startedOn.isValid())
            item.insert(QStringLiteral("startedOn"), row.startedOn.toString(Qt::ISODate));
        subGoals.append(item);
    }
    return subGoals;
}

QJsonArray outcomesJson(const Plan &plan)
{
    QJsonArray outcomes;
    for (const SubGoalOutcome &row : plan.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("position"), row.position},
                                    {QStringLiteral("outcome"), outcome::key(row.outcome)},
                                    {QStringLiteral("note"), row.note}});
    return outcomes;
}

// The rows of a list of objects, each read by `row` and finished.
void readRows(JsonReader &reader, const QString &key, Problems *problems, Problems *warnings,
              const std::function<void(JsonReader &)> &row)
{
    const QJsonArray rows = reader.array(key);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            reader.problem(key, PlanJson::tr("Should be a list of objects."));
        JsonReader item(rows.at(i).toObject(), reader.path(key) + QStringLiteral("[%1].").arg(i),
                        problems, warnings);
        row(item);
        item.finish();
    }
}

void readInterpreter(JsonReader &reader, Plan &plan, Problems *problems, Problems *warnings)
{
    JsonReader interpreter(reader.object(QStringLiteral("interpreter")),
                           reader.path(QStringLiteral("interpreter.")), problems, warnings);
    const QJsonValue present = interpreter.value(QStringLiteral("present"));
    if (!present.isNull() && !present.isUndefined() && present.toString() != QLatin1String("yes") &&
        present.toString() != QLatin1String("no"))
        interpreter.problem(QStringLiteral("present"), PlanJson::tr("Should be yes, no or null."));
    plan.interpreterPresent = yesNoFromKey(present.toString());
    plan.interpreterLanguage = interpreter.text(QStringLiteral("language"));
    const QString mode = interpreter.text(QStringLiteral("mode"));
    plan.interpretingMode = interpretingModeFromKey(mode);
    if (!mode.isEmpty() && plan.interpretingMode == InterpretingMode::Unset)
        interpreter.problem(QStringLiteral("mode"),
                            PlanJson::tr("Should be on-site, phone or video."));
    interpreter.finish();
}

void readSigning(JsonReader &reader, Plan &plan)
{
    const QString status = reader.text(QStringLiteral("status"), true);
    if (status != QLatin1String("draft") && status != QLatin1String("signed"))
        reader.problem(QStringLiteral("status"), PlanJson::tr("Should be draft or signed."));
    plan.status = planStatusFromKey(status);
    plan.signedOn = reader.date(QStringLiteral("signedOn"));
    plan.signedBy = reader.text(QStringLiteral("signedBy"));
}

} // namespace

QJsonValue toJson(FieldType type, const QVariant &value)
{
    switch (type) {
    case FieldType::Date:
        return date(value.toDate());
    case FieldType::Flag:
        return value.toBool();
    case FieldType::Month:
        return value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
    case FieldType::List:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldType::Text:
    case FieldType::Custom:
        break;
    }
    return value.toString();
}

QVariant fromJson(FieldType type, JsonReader &reader, const QString &key, bool required)
{
    switch (type) {
    case FieldType::Date:
        return reader.date(key, required);
    case FieldType::Flag:
        return reader.flag(key, required);
    case FieldType::Month:
        return reader.month(key);
    case FieldType::List:
        return reader.list(key);
    case FieldType::Text:
    case FieldType::Custom:
        break;
    }
    return reader.text(key, required);
}

bool writeCustom(const QString &key, QJsonObject &object, const Plan &plan)
{
    if (key == QLatin1String("participants")) {
        object.insert(key, participantsJson(plan));
    } else if (key == QLatin1String("interpreterPresent")) {
        const QString present = yesNoKey(plan.interpreterPresent);
        object.insert(
            QStringLiteral("interpreter"),
            QJsonObject{
                {QStringLiteral("present"), present.isEmpty() ? QJsonValue() : QJsonValue(present)},
                {QStringLiteral("language"), plan.interpreterLanguage},
                {QStringLiteral("mode"), interpretingModeKey(plan.interpretingMode)}});
    } else if (key == QLatin1String("kind")) {
        object.insert(key, planKindKey(plan.kind));
    } else if (key == QLatin1String("mainGoal")) {
        object.insert(key, plan.mainGoal == MainGoal::None
                               ? QJsonValue()
                               : QJsonValue(mainGoal::key(plan.mainGoal)));
    } else if (key == QLatin1String("subGoals")) {
        object.insert(key, subGoalsJson(plan));
    } else if (key == QLatin1String("subGoalOutcomes")) {
        object.insert(key, outcomesJson(plan));
    } else if (key == QLatin1String("nextMeeting")) {
        object.insert(
            key, QJsonObject{{QStringLiteral("at"), plan.nextMeeting.isValid()
                                                        ? QJsonValue(plan.nextMeeting.toString(
                                                              QStringLiteral("yyyy-MM-ddTHH:mm")))
                                                        : QJsonValue()},
                             {QStringLiteral("place"), plan.nextMeetingPlace}});
    } else if (key == QLatin1String("signedOn")) {
        object.insert(QStringLiteral("status"), planStatusKey(plan.status));
        object.insert(QStringLiteral("signedOn"), date(plan.signedOn));
        object.insert(QStringLiteral("signedBy"), plan.signedBy);
    } else {
        return false;
    }
    return true;
}

bool readCustom(const QString &key, JsonReader &reader, Plan &plan, Problems *problems,
                Problems *warnings)
{
    if (key == QLatin1String("participants")) {
        readRows(reader, key, problems, warnings, [&plan](JsonReader &row) {
            plan.participants.append(
                {row.text(QStringLiteral("name")), row.text(QStringLiteral("organisation"))});
        });
    } else if (key == QLatin1String("interpreterPresent")) {
        readInterpreter(reader, plan, problems, warnings);
    } else if (key == QLatin1String("kind")) {
        const QString kind = reader.text(key, true);
        if (kind != QLatin1String("first") && kind != QLatin1String("review"))
            reader.problem(key, PlanJson::tr("Should be first or review."));
        plan.kind = planKindFromKey(kind);
    } else if (key == QLatin1String("mainGoal")) {
        const QJsonValue goal = reader.value(key);
        const std::optional<MainGoal> chosen = mainGoal::fromKey(goal.toString());
        if ((!goal.isNull() && !goal.isUndefined() && !goal.isString()) || !chosen)
            reader.problem(key, PlanJson::tr("Should be one of the nine main goals or null."));
        plan.mainGoal = chosen.value_or(MainGoal::None);
    } else if (key == QLatin1String("subGoals")) {
        readRows(reader, key, problems, warnings, [&plan](JsonReader &row) {
            SubGoal subGoal{row.text(QStringLiteral("goal")), row.text(QStringLiteral("measure")),
                            0, row.text(QStringLiteral("responsible")),
                            row.text(QStringLiteral("schedule"))};
            const QJsonValue service = row.value(QStringLiteral("serviceId"));
            if (!service.isUndefined() && (!service.isDouble() || service.toDouble() < 1))
                row.problem(QStringLiteral("serviceId"),
                            PlanJson::tr("Should be a positive number."));
            subGoal.serviceId = service.toInteger();
            subGoal.startedOn = row.date(QStringLiteral("startedOn")); // since 1.2, optional
            plan.subGoals.append(subGoal);
        });
    } else if (key == QLatin1String("subGoalOutcomes")) {
        // Since version 1.1; a file of version 1.0 has no outcomes.
        readRows(reader, key, problems, warnings, [&plan](JsonReader &row) {
            const QJsonValue position = row.value(QStringLiteral("position"));
            if (!position.isDouble() || position.toDouble() < 0)
                row.problem(QStringLiteral("position"),
                            PlanJson::tr("Should be a number from 0 up."));
            const QString key = row.text(QStringLiteral("outcome"));
            const Outcome value = outcome::fromKey(key);
            if (!key.isEmpty() && value == Outcome::Unset)
                row.problem(QStringLiteral("outcome"),
                            PlanJson::tr("Should be achieved, partly, not_achieved or changed."));
            plan.outcomes.append({position.toInt(), value, row.text(QStringLiteral("note"))});
        });
    } else if (key == QLatin1String("nextMeeting")) {
        JsonReader meeting(reader.object(key), reader.path(key) + QLatin1Char('.'), problems,
                           warnings);
        plan.nextMeeting = meeting.dateTime(QStringLiteral("at"));
        plan.nextMeetingPlace = meeting.text(QStringLiteral("place"));
        meeting.finish();
    } else if (key == QLatin1String("signedOn")) {
        readSigning(reader, plan);
    } else {
        return false;
    }
    return true;
}

} // namespace kotoplan::planJsonFields
