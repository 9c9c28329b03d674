// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoData.h"

#include "demo/DemoNames.h"
#include "domain/Clock.h"
#include "domain/Party.h"
#include "storage/Transaction.h"
#include "stores/ClientStore.h"
#include "stores/MeetingStore.h"
#include "stores/PlanStore.h"
#include "stores/ServiceCatalogue.h"

#include <QRandomGenerator>

namespace kotoplan {

namespace {

constexpr const char16_t *lifeSituations[] = {
    u"Came to Finland with family reunification. Two children in day care. Good health. Studied "
    u"accounting in the home country; worked in a shop for five years.",
    u"Refugee status. Lives alone, family still abroad. Sleep problems, referred to the wellbeing "
    u"services county. Reads and writes Arabic well; no earlier English.",
    u"Tuli Suomeen puolison työn perusteella. Kotona kaksi alle kouluikäistä lasta. Haluaa oppia "
    u"suomea ja jatkaa sairaanhoitajan opintoja.",
    u"Har kommit som kvotflykting. Familjen bor i kommunen. Behöver stöd i vardagen och läs- och "
    u"skrivundervisning.",
};

constexpr const char16_t *futureWishes[] = {
    u"In five years I work as a nurse and my children speak Finnish at school.",
    u"Viiden vuoden päästä minulla on oma yritys ja asun omassa asunnossa.",
    u"Om fem år talar jag svenska och har ett arbete inom vården.",
    u"أريد أن أعمل وأن يتعلم أطفالي جيدًا",
    u"Хочу работать по профессии и свободно говорить по-фински.",
};

struct SubGoalTemplate
{
    const char16_t *goal;
    const char16_t *measure;
    const char16_t *responsible;
    const char16_t *schedule;
    bool fromCatalogue; // the measure is the catalogue's service of that English name
};

constexpr SubGoalTemplate subGoals[] = {
    {u"Finnish at level A2", u"Integration training with a final language assessment",
     u"Employment authority", u"Autumn term", true},
    {u"Knows how Finnish society works", u"Multilingual civic orientation", u"Municipality",
     u"Within 3 months", true},
    {u"Reads and writes in Latin script", u"Literacy teaching", u"Adult education centre",
     u"Spring term", true},
    {u"Has a hobby and Finnish-speaking friends", u"Friend (volunteer) activity", u"Third sector",
     u"Ongoing", true},
    {u"Health checked", u"Referral to social and health services", u"Wellbeing services county",
     u"Within 1 month", false},
    {u"Own rental flat", u"Housing guidance", u"Municipality", u"Within 6 months", true},
    {u"Knows the local labour market", u"Work try-out", u"Employment authority", u"Next spring",
     false},
};

// A note for each outcome, in the order of outcome::all().
constexpr const char16_t *outcomeNotes[] = {
    u"Done as agreed; the certificate is in the file.",
    u"Started; continues in the next term.",
    u"The course was full; applied again for spring.",
    u"Moved to the next term at the client's wish.",
};

// A sub-goal from the template: chosen from the catalogue as an officer would (the service's
// id and responsible party) when the catalogue offers that service, else typed by hand.
SubGoal subGoalFrom(const SubGoalTemplate &row, const QList<Service> &catalogue)
{
    SubGoal subGoal{QString::fromUtf16(row.goal), QString::fromUtf16(row.measure), 0,
                    QString::fromUtf16(row.responsible), QString::fromUtf16(row.schedule)};
    if (!row.fromCatalogue)
        return subGoal;
    for (const Service &service : catalogue) {
        if (service.nameEn == subGoal.measure) {
            subGoal.serviceId = service.id;
            subGoal.responsible = party::label(service.responsible, nullptr);
            break;
        }
    }
    return subGoal;
}

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

template<typename T, std::size_t N> const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

// The meetings of a demo case: the one where the first plan was drawn up, and whether the
// client came to each plan's next meeting once it has passed. Most came, some cancelled in
// time, some did not come; with the plan's interpreter, by any mode.
bool recordMeetings(QSqlDatabase db, const Plan &plan, const Plan *previous, QDate today,
                    QRandomGenerator &random)
{
    MeetingStore meetings(db);
    const InterpretingMode modes[] = {InterpretingMode::OnSite, InterpretingMode::Phone,
                                      InterpretingMode::Video};
    if (!previous) {
        Meeting drawn;
        drawn.clientId = plan.clientId;
        drawn.planId = plan.id;
        drawn.kind = MeetingKind::Plan;
        drawn.startsAt = QDateTime(plan.draftedOn, QTime(8, 30));
        drawn.durationMinutes = 60 + 15 * random.bounded(3);
        drawn.place = plan.nextMeetingPlace;
        drawn.officer = QStringLiteral("Liisa Virtanen");
        drawn.interpreterBooked = plan.interpreterPresent == YesNo::Yes;
        drawn.interpreterLanguage = plan.interpreterLanguage;
        drawn.interpretingMode =
            drawn.interpreterBooked ? modes[random.bounded(3)] : InterpretingMode::Unset;
        drawn.attendance = Attendance::Came;
        if (!meetings.save(drawn).ok())
            return false;
    }
    const Plan &earlier = previous ? *previous : plan;
    std::optional<Meeting> next = meetings.nextFor(earlier);
    if (!next || next->planId != earlier.id || next->startsAt.date() >= today)
        return true;
    const int roll = random.bounded(10);
    next->attendance = roll < 7   ? Attendance::Came
                       : roll < 9 ? Attendance::NoShow
                                  : Attendance::CancelledInTime;
    next->durationMinutes = 45 + 15 * random.bounded(4);
    if (next->interpreterBooked)
        next->interpretingMode = modes[random.bounded(3)];
    if (!meetings.save(*next).ok())
        return false;
    // After the latest plan's meeting a new one is booked, after a missed one only now and then.
    if (previous != &plan || (next->attendance != Attendance::Came && random.bounded(2) == 0))
        return true;
    Meeting again = *next;
    again.id = 0;
    again.planId = 0;
    again.kind = MeetingKind::Other;
    again.startsAt = QDateTime(today.addDays(1 + random.bounded(20)), QTime(10, 0));
    again.attendance = Attendance::Planned;
    return meetings.save(again).ok();
}

} // namespace

DemoData::Result DemoData::generate(QSqlDatabase db, int clientCount, quint32 seed)
{
    Result result;
    QRandomGenerator random(seed);
    // Its own sequence, so the clients and plans stay those of the same seed without meetings.
    QRandomGenerator meetingRandom(seed + 1);
    // The demo leaves audit lines like an officer would, so the log viewer has something to show.
    const AuditLog audit(db, AuditActor::fromEnvironment(QStringLiteral("Demo")));
    ClientStore clients(db, audit);
    PlanStore plans(db, audit);
    const QDate today = Clock::today();
    const QList<MainGoal> goals = mainGoal::all();
    // One transaction for the whole lot: a commit per save would wait for the disk each time,
    // which makes a municipality's worth of clients take hours instead of seconds. The stores'
    // own transactions become savepoints inside it.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = tr("The database cannot be written to.");
        return result;
    }
    const QList<Service> catalogue = ServiceCatalogue(db).list(true);

    for (int i = 0; i < clientCount; ++i) {
        const DemoPerson person = DemoNames::person(random);
        Client client;
        client.name = person.name;
        client.dateOfBirth = today.addDays(-random.bounded(18 * 365, 65 * 365));
        client.motherTongues = {person.motherTongue};
        if (random.bounded(4) == 0)
            client.motherTongues.append(QStringLiteral("en"));
        client.citizenships = {person.citizenship};
        client.contactLanguage = person.contactLanguage;
        client.address = QStringLiteral("Esimerkkikatu %1 B %2").arg(1 + i % 90).arg(1 + i % 30);
        client.postalCode =
            QStringLiteral("%1").arg(100 + random.bounded(900), 3, 10, QLatin1Char('0')) +
            QStringLiteral("10");
        client.postOffice = i % 3 == 0 ? QStringLiteral("VAASA") : QStringLiteral("HELSINKI");
        client.phone = QStringLiteral("+35840%1").arg(1000000 + random.bounded(8999999));
        client.email =
            random.bounded(3) == 0 ? QString() : QStringLiteral("client%1@example.fi").arg(i + 1);
        client.firstPermitDate = today.addDays(-random.bounded(30, 4 * 365));
        const QDate arrival = client.firstPermitDate.addDays(-random.bounded(0, 120));
        client.arrivedInFinland = {arrival.year(), arrival.month()};
        if (const StoreResult saved = clients.save(client); !saved.ok()) {
            result = {};
            result.error = saved.message;
            return result;
        }
        ++result.clients;

        const int planCount = 1 + random.bounded(4);
        QDate planDate = client.firstPermitDate.addDays(random.bounded(14, 90));
        Plan previous;
        for (int p = 0; p < planCount && planDate <= today; ++p) {
            kotoplan::Result<Plan> draft = plans.draftFor(client, planDate);
            if (!draft) {
                result = {};
                result.error = draft.message;
                return result;
            }
            Plan plan = *draft;
            if (p == 0) {
                plan.participants = {{QStringLiteral("Liisa Virtanen"), QStringLiteral("Kunta")}};
                plan.lifeSituation = text(pick(random, lifeSituations));
                plan.futureWish = text(pick(random, futureWishes));
                plan.mainGoal = goals.at(random.bounded(int(goals.size())));
                if (mainGoal::needsText(plan.mainGoal))
                    plan.mainGoalText = QStringLiteral("B1 in Swedish");
                if (mainGoal::allowsOccupation(plan.mainGoal)) {
                    plan.occupationPrimary = QStringLiteral("Practical nurse");
                    plan.occupationAlternatives = QStringLiteral("Cook; bus driver");
                }
                plan.languageStudyPlan = QStringLiteral("Integration training, then YKI test.");
                plan.clientCommitments = QStringLiteral("Takes part in the courses agreed.");
                plan.municipalityCommitments =
                    QStringLiteral("Guides to services; reviews the plan.");
                for (int s = 0, n = 5 + random.bounded(11); s < n; ++s)
                    plan.subGoals.append(subGoalFrom(pick(random, subGoals), catalogue));
            }
            // A review's services agreed earlier have begun, all but the last one; the first
            // plan's have not yet.
            for (qsizetype s = 0; p > 0 && s + 1 < plan.subGoals.size(); ++s) {
                if (!plan.subGoals[s].startedOn.isValid())
                    plan.subGoals[s].startedOn = planDate.addMonths(-5);
            }
            plan.interpreterPresent = random.bounded(2) ? YesNo::Yes : YesNo::No;
            if (plan.interpreterPresent == YesNo::Yes) {
                plan.interpreterLanguage = client.motherTongues.first();
                plan.interpretingMode = InterpretingMode::OnSite;
            } else {
                plan.interpreterLanguage.clear();
                plan.interpretingMode = InterpretingMode::Unset;
            }
            const bool last = p == planCount - 1 || planDate.addMonths(6) > today;
            plan.nextMeeting = QDateTime(planDate.addMonths(last ? 1 : 6), QTime(9 + p, 0));
            plan.nextMeetingPlace = QStringLiteral("Service point, room 2");
            // A review assesses every sub-goal of the plan before it, most with a note.
            const QList<Outcome> outcomes = outcome::all();
            for (SubGoalOutcome &row : plan.outcomes) {
                const int chosen = random.bounded(int(outcomes.size()));
                row.outcome = outcomes.at(chosen);
                if (row.outcome == Outcome::Changed || random.bounded(3) != 0)
                    row.note = text(outcomeNotes[chosen]);
            }
            // Earlier plans are signed; the latest one is a draft now and then.
            const bool sign = !last || random.bounded(3) != 0;
            if (sign) {
                plan.rightsDiscussed = true;
                plan.clientUnderstood = true;
            }
            StoreResult saved = plans.save(plan);
            if (saved.ok() && sign)
                saved = plans.sign(plan.id, planDate, QStringLiteral("Liisa Virtanen"));
            if (!saved.ok()) {
                result = {};
                result.error = saved.message;
                return result;
            }
            // Each plan's next meeting has passed by the next plan: held, cancelled or missed.
            if (!recordMeetings(db, plan, p > 0 ? &previous : nullptr, today, meetingRandom) ||
                (last && !recordMeetings(db, plan, &plan, today, meetingRandom))) {
                result = {};
                result.error = tr("The demo data could not be saved.");
                return result;
            }
            previous = plan;
            ++result.plans;
            planDate = planDate.addMonths(6);
        }
    }
    if (!transaction.commit()) {
        result = {};
        result.error = tr("The demo data could not be saved.");
    }
    return result;
}

} // namespace kotoplan
