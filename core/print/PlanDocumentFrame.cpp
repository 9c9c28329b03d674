// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
// What stands around the plan's form: the PDF's title, subject and author, every page's header,
// footer and draft marking, and the suggested file name.
#include "print/PlanDocument.h"

#include "print/SafeFileName.h"

namespace kotoplan {

QString PlanDocument::formTitle() const
{
    return t(QT_TRANSLATE_NOOP("PlanDocument",
                               "Integration plan for immigrants outside the labour force"));
}

QString PlanDocument::title() const
{
    return QStringLiteral("%1 – %2").arg(formTitle(), m_client.name);
}

QString PlanDocument::subject() const
{
    return t(QT_TRANSLATE_NOOP("PlanDocument", "Integration plan of %1, %2"))
        .arg(m_client.name, m_language->date(m_plan.draftedOn));
}

QString PlanDocument::author() const
{
    if (!m_plan.signedBy.isEmpty())
        return m_plan.signedBy;
    return m_plan.participants.isEmpty() ? QString() : m_plan.participants.first().name;
}

QString PlanDocument::headerLeft() const
{
    if (m_issuer.municipality.isEmpty())
        return m_client.name;
    return QStringLiteral("%1 – %2").arg(m_issuer.municipality, m_client.name);
}

QString PlanDocument::pageMark() const
{
    if (m_plan.status == PlanStatus::Signed)
        return {};
    return t(QT_TRANSLATE_NOOP("PlanDocument", "DRAFT — not signed"));
}

QString PlanDocument::headerRight() const
{
    return QStringLiteral("%1 %2   %3 %4")
        .arg(t(QT_TRANSLATE_NOOP("PlanDocument", "Date of birth")),
             m_language->date(m_client.dateOfBirth),
             t(QT_TRANSLATE_NOOP("PlanDocument", "Plan date")), m_language->date(m_plan.draftedOn));
}

QString PlanDocument::pageFooter(int page, int pages) const
{
    return t(QT_TRANSLATE_NOOP("PlanDocument", "Page %1 / %2")).arg(page).arg(pages);
}

QString PlanDocument::suggestedFileName() const
{
    // The date, the kind and the plan's id are kept whole and only the name gives way, so a
    // long name never costs the date, and two plans never share a file name.
    QStringList tail;
    if (m_plan.draftedOn.isValid())
        tail.append(m_plan.draftedOn.toString(Qt::ISODate));
    tail.append(m_plan.kind == PlanKind::Review
                    ? t(QT_TRANSLATE_NOOP("PlanDocument", "integration-plan-review"))
                    : t(QT_TRANSLATE_NOOP("PlanDocument", "integration-plan")));
    if (m_plan.id > 0)
        tail.append(QString::number(m_plan.id));
    return safeFileName(m_client.name,
                        QLatin1Char('-') + tail.join(QLatin1Char('-')) + QStringLiteral(".pdf"));
}

} // namespace kotoplan
