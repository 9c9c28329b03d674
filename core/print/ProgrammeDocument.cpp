// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "print/ProgrammeDocument.h"

#include "domain/Party.h"
#include "i18n/Translations.h"
#include "print/FormCursor.h"
#include "print/SafeFileName.h"

namespace kotoplan {

ProgrammeDocument::ProgrammeDocument(QList<Service> services, Options options)
    : m_services(std::move(services))
    , m_options(std::move(options))
    , m_language(std::make_shared<PrintLanguage>(m_options.language))
{}

QString ProgrammeDocument::t(const char *source) const
{
    return m_language->text("ProgrammeDocument", source);
}

std::unique_ptr<QTextDocument> ProgrammeDocument::build() const
{
    std::unique_ptr<QTextDocument> document = newDocument();

    // The party names in the document's language, not the UI's.
    const std::unique_ptr<QTranslator> parties = translations::programTranslator(languageCode());
    const auto partyList = [&parties](const QStringList &keys) {
        QStringList labels;
        for (const QString &key : keys)
            labels.append(party::label(key, parties.get()));
        return labels.join(QStringLiteral(", "));
    };

    FormCursor form(document.get());
    form.title(title());
    if (m_options.date.isValid())
        form.text(m_language->date(m_options.date));
    form.text(t(QT_TRANSLATE_NOOP(
        "ProgrammeDocument",
        "The services of the initial stage of integration, who is responsible for them, and "
        "the cooperation with other parties in arranging them (Act on the Promotion of "
        "Integration 681/2023). The services are agreed with each client in the "
        "integration plan.")));

    bool any = false;
    for (const Service &service : m_services) {
        if (!service.active)
            continue;
        any = true;
        form.entry(service.name(languageCode()), service.description(languageCode()),
                   {{t(QT_TRANSLATE_NOOP("ProgrammeDocument", "Responsible party")),
                     party::label(service.responsible, parties.get())},
                    {t(QT_TRANSLATE_NOOP("ProgrammeDocument", "Cooperation partners")),
                     partyList(service.partners)},
                    {t(QT_TRANSLATE_NOOP("ProgrammeDocument", "Follow-up")),
                     service.followUp(languageCode())}});
    }
    if (!any)
        form.text(
            t(QT_TRANSLATE_NOOP("ProgrammeDocument", "The catalogue has no active services.")));
    return document;
}

QString ProgrammeDocument::formTitle() const
{
    return t(QT_TRANSLATE_NOOP("ProgrammeDocument", "The integration programme"));
}

QString ProgrammeDocument::title() const
{
    if (m_options.municipality.isEmpty())
        return formTitle();
    return t(QT_TRANSLATE_NOOP("ProgrammeDocument", "The integration programme of %1"))
        .arg(m_options.municipality);
}

QString ProgrammeDocument::subject() const
{
    return t(QT_TRANSLATE_NOOP("ProgrammeDocument",
                               "The services of the initial stage of integration, their "
                               "responsible parties and cooperation partners"));
}

QString ProgrammeDocument::author() const
{
    return m_options.municipality;
}

QString ProgrammeDocument::headerLeft() const
{
    return title();
}

QString ProgrammeDocument::headerRight() const
{
    return m_language->date(m_options.date);
}

QString ProgrammeDocument::pageFooter(int page, int pages) const
{
    return t(QT_TRANSLATE_NOOP("ProgrammeDocument", "Page %1 / %2")).arg(page).arg(pages);
}

QString ProgrammeDocument::suggestedFileName() const
{
    QStringList parts{t(QT_TRANSLATE_NOOP("ProgrammeDocument", "integration-programme"))};
    if (m_options.date.isValid())
        parts.append(m_options.date.toString(Qt::ISODate));
    return safeFileName(parts.join(QLatin1Char('-')), QStringLiteral(".pdf"));
}

} // namespace kotoplan
