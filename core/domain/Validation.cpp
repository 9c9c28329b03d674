// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "domain/Validation.h"

#include <QRegularExpression>

namespace kotoplan {

namespace {
constexpr qsizetype maxNameLength = 200;
const QDate earliestBirth(1900, 1, 1);
} // namespace

bool Validation::isFinnishPostalCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}$"));
    return pattern.match(text).hasMatch();
}

bool Validation::isEmailAddress(const QString &text)
{
    // The shape only: one @, no spaces, a dot in the domain; the mail server has the last word.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(text).hasMatch();
}

QString Validation::normalisedPhone(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-().]"));
    QString digits = text.trimmed();
    digits.remove(separators);
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')))
        digits = QStringLiteral("+358") + digits.mid(1);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(digits).hasMatch() ? digits : QString();
}

Problems Validation::check(const Client &client, QDate today)
{
    Problems problems;
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    if (client.name.trimmed().isEmpty())
        add("client.name", tr("Enter the client's name."));
    else if (client.name.size() > maxNameLength)
        add("client.name", tr("The name is longer than %1 characters.").arg(maxNameLength));

    const QDate birth = client.dateOfBirth;
    if (!birth.isValid())
        add("client.dateOfBirth", tr("Enter the date of birth."));
    else if (birth > today)
        add("client.dateOfBirth", tr("The date of birth cannot be in the future."));
    else if (birth < earliestBirth)
        add("client.dateOfBirth", tr("The date of birth cannot be before 1900."));

    if (client.firstPermitDate.isValid()) {
        if (birth.isValid() && client.firstPermitDate < birth)
            add("client.firstPermitDate",
                tr("The date of the first residence permit cannot be before the date of birth."));
        else if (client.firstPermitDate > today)
            add("client.firstPermitDate",
                tr("The date of the first residence permit cannot be in the future."));
    }

    const YearMonth arrival = client.arrivedInFinland;
    if (!arrival.isNull()) {
        if (!arrival.isValid())
            add("client.arrivedInFinland", tr("Enter the month of arrival as month and year."));
        else if (birth.isValid() && arrival.lastDay() < birth)
            add("client.arrivedInFinland",
                tr("The arrival in Finland cannot be before the date of birth."));
        else if (arrival.firstDay() > today)
            add("client.arrivedInFinland", tr("The arrival in Finland cannot be in the future."));
    }

    if (!client.postalCode.isEmpty() && !isFinnishPostalCode(client.postalCode))
        add("client.postalCode", tr("A Finnish postal code has exactly 5 digits."));
    if (!client.phone.trimmed().isEmpty() && normalisedPhone(client.phone).isEmpty())
        add("client.phone",
            tr("The phone number should have 7 to 15 digits, for example 040 123 4567 or "
               "+358 40 123 4567."));
    if (!client.email.trimmed().isEmpty() && !isEmailAddress(client.email.trimmed()))
        add("client.email", tr("The e-mail address should look like name@example.fi."));
    return problems;
}

Problems Validation::check(const Plan &plan, const Client &client, QDate today)
{
    Problems problems;
    const auto add = [&problems](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };

    if (!plan.draftedOn.isValid())
        add("draftedOn", tr("Enter the date the plan was drawn up."));
    else if (client.dateOfBirth.isValid() && plan.draftedOn < client.dateOfBirth)
        add("draftedOn", tr("The plan's date cannot be before the client's date of birth."));

    if (plan.kind == PlanKind::Review && plan.firstPlanDate.isValid() && plan.draftedOn.isValid() &&
        plan.firstPlanDate > plan.draftedOn)
        add("firstPlanDate", tr("The first plan's date cannot be after this review's date."));

    if (mainGoal::needsText(plan.mainGoal) && plan.mainGoalText.trimmed().isEmpty())
        add("mainGoalText", tr("Say which goal is meant for the chosen main goal."));
    if (!mainGoal::needsText(plan.mainGoal) && !plan.mainGoalText.trimmed().isEmpty())
        add("mainGoalText", tr("A text goes with the main goal only for another language level "
                               "or another main goal."));

    if (!mainGoal::allowsOccupation(plan.mainGoal) &&
        !(plan.occupationPrimary.trimmed().isEmpty() &&
          plan.occupationAlternatives.trimmed().isEmpty()))
        add("occupationPrimary",
            tr("Occupational goals belong to the main goal work or entrepreneurship."));

    if (plan.interpreterPresent != YesNo::Yes && (!plan.interpreterLanguage.trimmed().isEmpty() ||
                                                  plan.interpretingMode != InterpretingMode::Unset))
        add("interpreterPresent",
            tr("An interpreting language or mode is given, but no interpreter is marked present."));

    if (plan.nextMeeting.isValid() && plan.draftedOn.isValid() &&
        plan.nextMeeting.date() < plan.draftedOn)
        add("nextMeeting", tr("The next meeting cannot be before the plan's date."));

    if (plan.status == PlanStatus::Signed) {
        if (!plan.signedOn.isValid())
            add("signedOn", tr("Enter the date the plan was signed."));
        else if (plan.signedOn > today)
            add("signedOn", tr("The signing date cannot be in the future."));
        else if (plan.draftedOn.isValid() && plan.signedOn < plan.draftedOn)
            add("signedOn", tr("The signing date cannot be before the plan's date."));
    }
    return problems;
}

QStringList Validation::fields(const Problems &problems)
{
    QStringList keys;
    for (const Problem &problem : problems)
        keys.append(problem.field);
    return keys;
}

} // namespace kotoplan
