// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ProgrammeDocument.h"

#include "DateText.h"
#include "Party.h"
#include "Translations.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTranslator>

namespace kotoplan {

namespace {

// The document's labels, translated for its own language rather than the UI's.
class Labels
{
public:
    explicit Labels(const QString &language)
        : m_translator(translations::programTranslator(language))
    {}
    QString operator()(const char *source) const
    {
        const QString translated =
            m_translator ? m_translator->translate("ProgrammeDocument", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
    const QTranslator *translator() const { return m_translator.get(); }

private:
    std::unique_ptr<QTranslator> m_translator;
};

QString partyList(const QStringList &parties, const QTranslator *translator)
{
    QStringList labels;
    for (const QString &partyKey : parties)
        labels.append(party::label(partyKey, translator));
    return labels.join(QStringLiteral(", "));
}

} // namespace

std::unique_ptr<QTextDocument> ProgrammeDocument::build(const QList<Service> &services,
                                                        const Options &options)
{
    const Labels label(options.language);
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    QTextCursor cursor(document.get());

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(16);
    titleFormat.setFontWeight(QFont::Bold);
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    const QTextCharFormat plain;

    const QString title =
        options.municipality.isEmpty()
            ? label(QT_TRANSLATE_NOOP("ProgrammeDocument", "The integration programme"))
            : label(QT_TRANSLATE_NOOP("ProgrammeDocument", "The integration programme of %1"))
                  .arg(options.municipality);
    cursor.insertText(title, titleFormat);
    if (options.date.isValid()) {
        cursor.insertBlock();
        cursor.insertText(dateText::formatDate(options.date), plain);
    }
    cursor.insertBlock();
    cursor.insertText(
        label(QT_TRANSLATE_NOOP(
            "ProgrammeDocument",
            "The services of the initial stage of integration, who is responsible for them, and "
            "the cooperation with other parties in arranging them (Act on the Promotion of "
            "Integration 681/2023). The services are agreed with each client in the "
            "integration plan.")),
        plain);
    cursor.insertBlock();

    QList<const Service *> active;
    for (const Service &service : services) {
        if (service.active)
            active.append(&service);
    }
    const QStringList headings = {
        label(QT_TRANSLATE_NOOP("ProgrammeDocument", "Service")),
        label(QT_TRANSLATE_NOOP("ProgrammeDocument", "Responsible party")),
        label(QT_TRANSLATE_NOOP("ProgrammeDocument", "Cooperation partners")),
        label(QT_TRANSLATE_NOOP("ProgrammeDocument", "Follow-up")),
    };
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 40),
                                           QTextLength(QTextLength::PercentageLength, 18),
                                           QTextLength(QTextLength::PercentageLength, 22),
                                           QTextLength(QTextLength::PercentageLength, 20)});
    QTextTable *table = cursor.insertTable(int(active.size()) + 1, 4, tableFormat);
    for (int column = 0; column < 4; ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headings.at(column),
                                                                  headingFormat);
    for (int row = 0; row < active.size(); ++row) {
        const Service &service = *active.at(row);
        QTextCursor cell = table->cellAt(row + 1, 0).firstCursorPosition();
        cell.insertText(service.name(options.language), headingFormat);
        const QString description = service.description(options.language);
        if (!description.isEmpty()) {
            cell.insertBlock();
            cell.insertText(description, plain);
        }
        table->cellAt(row + 1, 1)
            .firstCursorPosition()
            .insertText(party::label(service.responsible, label.translator()), plain);
        table->cellAt(row + 1, 2)
            .firstCursorPosition()
            .insertText(partyList(service.partners, label.translator()), plain);
        table->cellAt(row + 1, 3).firstCursorPosition().insertText(service.followUp, plain);
    }
    if (active.isEmpty()) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        cursor.insertText(
            label(QT_TRANSLATE_NOOP("ProgrammeDocument", "The catalogue has no active services.")),
            plain);
    }
    return document;
}

} // namespace kotoplan
