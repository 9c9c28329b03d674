// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ProgrammeActions.h"

#include "Clock.h"
#include "ProgrammeDocument.h"
#include "ServiceCatalogue.h"
#include "ServiceCatalogueEditor.h"
#include "StatisticsView.h"
#include "Translations.h"

#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace kotoplan {

ProgrammeActions::ProgrammeActions(QSqlDatabase db, QMainWindow *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    m_menu = window->menuBar()->addMenu(QString());
    m_catalogue = m_menu->addAction(QString(), this, &ProgrammeActions::editCatalogue);
    m_statistics = m_menu->addAction(QString(), this, &ProgrammeActions::showStatistics);
    m_menu->addSeparator();
    m_programme = m_menu->addAction(QString(), this, &ProgrammeActions::previewProgramme);
    retranslate();
}

void ProgrammeActions::retranslate()
{
    m_menu->setTitle(tr("&Programme"));
    m_catalogue->setText(tr("&Service catalogue…"));
    m_statistics->setText(tr("Follow-up &statistics…"));
    m_programme->setText(tr("Integration &programme document…"));
}

void ProgrammeActions::editCatalogue()
{
    ServiceCatalogueEditor editor(m_db, m_window);
    editor.exec();
}

void ProgrammeActions::showStatistics()
{
    StatisticsView view(m_db, m_window);
    view.exec();
}

void ProgrammeActions::previewProgramme()
{
    // The PDF/A copy goes through the PdfWriter once it exists; until then the preview prints
    // and saves through the platform's print dialog.
    const std::unique_ptr<QTextDocument> document =
        ProgrammeDocument::build(ServiceCatalogue(m_db).list(true),
                                 {translations::languageFor(QLocale()), QString(), Clock::today()});
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document->print(target); });
    preview.exec();
}

bool ProgrammeActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
