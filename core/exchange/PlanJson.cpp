// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/PlanJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kotoplan {

namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// Reads one object strictly and collects every problem with its JSON path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, Problems *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString text(const char *key, bool required = false)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined()) {
            if (required)
                missing(key);
            return {};
        }
        if (!value.isString()) {
            wrong(key, PlanJson::tr("text"));
            return {};
        }
        return value.toString();
    }

    bool flag(const char *key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined()) {
            missing(key);
            return false;
        }
        if (!value.isBool())
            wrong(key, PlanJson::tr("true or false"));
        return value.toBool();
    }

    // A date in ISO 8601 or null; an impossible date (30 February) is a problem.
    QDate date(const char *key, bool required = false)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                missing(key);
            return {};
        }
        static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !iso.match(value.toString()).hasMatch() || !parsed.isValid())
            wrong(key, PlanJson::tr("a date such as 2026-11-23"));
        return parsed;
    }

    QDateTime dateTime(const char *key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined() || value.isNull())
            return {};
        QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !parsed.isValid())
            wrong(key, PlanJson::tr("a date and time such as 2026-11-23T09:30"));
        return parsed;
    }

    QStringList list(const char *key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        QStringList items;
        const QJsonArray array = value.toArray();
        bool ok = value.isArray();
        for (const QJsonValue &item : array) {
            ok = ok && item.isString();
            items.append(item.toString());
        }
        if (!ok)
            wrong(key, PlanJson::tr("a list of texts"));
        return items;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined()) {
            missing(key);
            return {};
        }
        if (!value.isObject())
            wrong(key, PlanJson::tr("an object"));
        return value.toObject();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            wrong(key, PlanJson::tr("a list"));
        return value.toArray();
    }

    QJsonValue value(const char *key) { return take(key); }
    QString path(const char *key) const { return m_path + QString::fromLatin1(key); }
    void problem(const char *key, const QString &message)
    {
        m_problems->append({path(key), message});
    }

    // Keys that no rule read are unknown to this version of the format.
    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                m_problems->append({m_path + it.key(), PlanJson::tr("Unknown key.")});
        }
    }

private:
    QJsonValue take(const char *key)
    {
        const QString name = QString::fromLatin1(key);
        m_seen.append(name);
        return m_object.value(name);
    }
    void missing(const char *key) { problem(key, PlanJson::tr("Missing.")); }
    void wrong(const char *key, const QString &expected)
    {
        problem(key, PlanJson::tr("Should be %1.").arg(expected));
    }

    QJsonObject m_object;
    QString m_path;
    Problems *m_problems;
    QStringList m_seen;
};

} // namespace

QJsonObject PlanJson::write(const Client &client, const Plan &plan,
                            const ExchangeEnvelope &envelope)
{
    QJsonObject clientObject{
        {QStringLiteral("name"), client.name},
        {QStringLiteral("dateOfBirth"), date(client.dateOfBirth)},
        {QStringLiteral("motherTongues"), strings(client.motherTongues)},
        {QStringLiteral("citizenships"), strings(client.citizenships)},
        {QStringLiteral("contactLanguage"), client.contactLanguage},
        {QStringLiteral("address"), client.address},
        {QStringLiteral("postalCode"), client.postalCode},
        {QStringLiteral("postOffice"), client.postOffice},
        {QStringLiteral("phone"), client.phone},
        {QStringLiteral("email"), client.email},
        {QStringLiteral("arrivedInFinland"), client.arrivedInFinland.isNull()
                                                 ? QJsonValue()
                                                 : QJsonValue(client.arrivedInFinland.toIso())},
        {QStringLiteral("firstPermitDate"), date(client.firstPermitDate)},
    };

    QJsonArray participants;
    for (const Participant &participant : plan.participants)
        participants.append(
            QJsonObject{{QStringLiteral("name"), participant.name},
                        {QStringLiteral("organisation"), participant.organisation}});
    QJsonArray subGoals;
    for (const SubGoal &row : plan.subGoals) {
        QJsonObject item{{QStringLiteral("goal"), row.goal},
                         {QStringLiteral("measure"), row.measure},
                         {QStringLiteral("responsible"), row.responsible},
                         {QStringLiteral("schedule"), row.schedule}};
        if (row.serviceId > 0)
            item.insert(QStringLiteral("serviceId"), row.serviceId);
        subGoals.append(item);
    }
    const QString present = yesNoKey(plan.interpreterPresent);
    QJsonObject planObject{
        {QStringLiteral("kind"), planKindKey(plan.kind)},
        {QStringLiteral("status"), planStatusKey(plan.status)},
        {QStringLiteral("signedOn"), date(plan.signedOn)},
        {QStringLiteral("signedBy"), plan.signedBy},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("interpreter"),
         QJsonObject{
             {QStringLiteral("present"), present.isEmpty() ? QJsonValue() : QJsonValue(present)},
             {QStringLiteral("language"), plan.interpreterLanguage},
             {QStringLiteral("mode"), interpretingModeKey(plan.interpretingMode)}}},
        {QStringLiteral("draftedOn"), date(plan.draftedOn)},
        {QStringLiteral("firstPlanDate"), date(plan.firstPlanDate)},
        {QStringLiteral("futureWish"), plan.futureWish},
        {QStringLiteral("mainGoal"),
         plan.mainGoal == MainGoal::None ? QJsonValue() : QJsonValue(mainGoal::key(plan.mainGoal))},
        {QStringLiteral("mainGoalText"), plan.mainGoalText},
        {QStringLiteral("mainGoalDetails"), plan.mainGoalDetails},
        {QStringLiteral("occupationPrimary"), plan.occupationPrimary},
        {QStringLiteral("occupationAlternatives"), plan.occupationAlternatives},
        {QStringLiteral("languageStudyPlan"), plan.languageStudyPlan},
        {QStringLiteral("otherStudyPlan"), plan.otherStudyPlan},
        {QStringLiteral("longTermMeasures"), plan.longTermMeasures},
        {QStringLiteral("subGoals"), subGoals},
        {QStringLiteral("rightsDiscussed"), plan.rightsDiscussed},
        {QStringLiteral("clientUnderstood"), plan.clientUnderstood},
        {QStringLiteral("clientCommitments"), plan.clientCommitments},
        {QStringLiteral("municipalityCommitments"), plan.municipalityCommitments},
        {QStringLiteral("nextMeeting"),
         QJsonObject{{QStringLiteral("at"), plan.nextMeeting.isValid()
                                                ? QJsonValue(plan.nextMeeting.toString(
                                                      QStringLiteral("yyyy-MM-ddTHH:mm")))
                                                : QJsonValue()},
                     {QStringLiteral("place"), plan.nextMeetingPlace}}},
    };
    if (envelope.withLifeSituation)
        planObject.insert(QStringLiteral("lifeSituation"), plan.lifeSituation);

    return {
        {QStringLiteral("format"), format()},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("exportedAt"), envelope.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("exportedBy"),
         QJsonObject{{QStringLiteral("municipality"), envelope.municipality},
                     {QStringLiteral("officer"), envelope.officer}}},
        {QStringLiteral("receiver"), envelope.receiver},
        {QStringLiteral("pdf"), QJsonObject{{QStringLiteral("file"), envelope.pdfFile},
                                            {QStringLiteral("sha256"), envelope.pdfSha256}}},
        {QStringLiteral("client"), clientObject},
        {QStringLiteral("plan"), planObject},
    };
}

PlanJson::Read PlanJson::read(const QJsonObject &document)
{
    Read result;
    Problems &problems = result.problems;
    Reader root(document, QString(), &problems);
    if (root.text("format", true) != format()) {
        problems = {{QStringLiteral("format"), tr("This is not a Kotoplan plan file.")}};
        return result;
    }
    const QJsonValue version = root.value("schemaVersion");
    if (!version.isDouble() || version.toDouble() != schemaVersion) {
        const int number = version.toInt(-1);
        problems = {{QStringLiteral("schemaVersion"),
                     number > schemaVersion
                         ? tr("The file is of a newer format version (%1) than this program reads "
                              "(%2). Update Kotoplan to import it.")
                               .arg(number)
                               .arg(schemaVersion)
                         : tr("The file is of an unknown format version.")}};
        return result;
    }
    ExchangeEnvelope &envelope = result.envelope;
    envelope.exportedAt = root.dateTime("exportedAt");
    Reader by(root.object("exportedBy"), QStringLiteral("exportedBy."), &problems);
    envelope.municipality = by.text("municipality");
    envelope.officer = by.text("officer");
    by.finish();
    envelope.receiver = root.text("receiver");
    Reader pdf(root.object("pdf"), QStringLiteral("pdf."), &problems);
    envelope.pdfFile = pdf.text("file");
    envelope.pdfSha256 = pdf.text("sha256");
    pdf.finish();

    Client &client = result.client;
    Reader c(root.object("client"), QStringLiteral("client."), &problems);
    client.name = c.text("name", true);
    client.dateOfBirth = c.date("dateOfBirth", true);
    client.motherTongues = c.list("motherTongues");
    client.citizenships = c.list("citizenships");
    client.contactLanguage = c.text("contactLanguage");
    client.address = c.text("address");
    client.postalCode = c.text("postalCode");
    client.postOffice = c.text("postOffice");
    client.phone = c.text("phone");
    client.email = c.text("email");
    const QJsonValue arrival = c.value("arrivedInFinland");
    if (!arrival.isUndefined() && !arrival.isNull()) {
        client.arrivedInFinland = YearMonth::fromIso(arrival.toString());
        if (!arrival.isString() || !client.arrivedInFinland.isValid())
            c.problem("arrivedInFinland", tr("Should be a month such as 2025-03."));
    }
    client.firstPermitDate = c.date("firstPermitDate");
    c.finish();

    Plan &plan = result.plan;
    Reader p(root.object("plan"), QStringLiteral("plan."), &problems);
    const QString kind = p.text("kind", true);
    if (kind != QLatin1String("first") && kind != QLatin1String("review"))
        p.problem("kind", tr("Should be first or review."));
    plan.kind = planKindFromKey(kind);
    const QString status = p.text("status", true);
    if (status != QLatin1String("draft") && status != QLatin1String("signed"))
        p.problem("status", tr("Should be draft or signed."));
    plan.status = planStatusFromKey(status);
    plan.signedOn = p.date("signedOn");
    plan.signedBy = p.text("signedBy");
    const QJsonArray participants = p.array("participants");
    for (qsizetype i = 0; i < participants.size(); ++i) {
        Reader row(participants.at(i).toObject(), QStringLiteral("plan.participants[%1].").arg(i),
                   &problems);
        if (!participants.at(i).isObject())
            p.problem("participants", tr("Should be a list of objects."));
        plan.participants.append({row.text("name"), row.text("organisation")});
        row.finish();
    }
    Reader interpreter(p.object("interpreter"), QStringLiteral("plan.interpreter."), &problems);
    const QJsonValue present = interpreter.value("present");
    if (!present.isNull() && !present.isUndefined() && present.toString() != QLatin1String("yes") &&
        present.toString() != QLatin1String("no"))
        interpreter.problem("present", tr("Should be yes, no or null."));
    plan.interpreterPresent = yesNoFromKey(present.toString());
    plan.interpreterLanguage = interpreter.text("language");
    const QString mode = interpreter.text("mode");
    plan.interpretingMode = interpretingModeFromKey(mode);
    if (!mode.isEmpty() && plan.interpretingMode == InterpretingMode::Unset)
        interpreter.problem("mode", tr("Should be on-site, phone or video."));
    interpreter.finish();
    plan.draftedOn = p.date("draftedOn", true);
    plan.firstPlanDate = p.date("firstPlanDate");
    plan.lifeSituation = p.text("lifeSituation");
    plan.futureWish = p.text("futureWish");
    const QJsonValue goal = p.value("mainGoal");
    const std::optional<MainGoal> mainGoal = mainGoal::fromKey(goal.toString());
    if ((!goal.isNull() && !goal.isUndefined() && !goal.isString()) || !mainGoal)
        p.problem("mainGoal", tr("Should be one of the nine main goals or null."));
    plan.mainGoal = mainGoal.value_or(MainGoal::None);
    plan.mainGoalText = p.text("mainGoalText");
    plan.mainGoalDetails = p.text("mainGoalDetails");
    plan.occupationPrimary = p.text("occupationPrimary");
    plan.occupationAlternatives = p.text("occupationAlternatives");
    plan.languageStudyPlan = p.text("languageStudyPlan");
    plan.otherStudyPlan = p.text("otherStudyPlan");
    plan.longTermMeasures = p.text("longTermMeasures");
    const QJsonArray subGoals = p.array("subGoals");
    for (qsizetype i = 0; i < subGoals.size(); ++i) {
        Reader row(subGoals.at(i).toObject(), QStringLiteral("plan.subGoals[%1].").arg(i),
                   &problems);
        if (!subGoals.at(i).isObject())
            p.problem("subGoals", tr("Should be a list of objects."));
        SubGoal subGoal{row.text("goal"), row.text("measure"), 0, row.text("responsible"),
                        row.text("schedule")};
        const QJsonValue service = row.value("serviceId");
        if (!service.isUndefined() && (!service.isDouble() || service.toDouble() < 1))
            row.problem("serviceId", tr("Should be a positive number."));
        subGoal.serviceId = service.toInteger();
        plan.subGoals.append(subGoal);
        row.finish();
    }
    plan.rightsDiscussed = p.flag("rightsDiscussed");
    plan.clientUnderstood = p.flag("clientUnderstood");
    plan.clientCommitments = p.text("clientCommitments");
    plan.municipalityCommitments = p.text("municipalityCommitments");
    Reader meeting(p.object("nextMeeting"), QStringLiteral("plan.nextMeeting."), &problems);
    plan.nextMeeting = meeting.dateTime("at");
    plan.nextMeetingPlace = meeting.text("place");
    meeting.finish();
    p.finish();
    root.finish();
    envelope.withLifeSituation =
        document.value(QStringLiteral("plan")).toObject().contains(QStringLiteral("lifeSituation"));
    return result;
}

} // namespace kotoplan
