// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/ProgrammeActions.h"

#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "dialogs/MunicipalityDialog.h"
#include "dialogs/ServiceCatalogueEditor.h"
#include "domain/Clock.h"
#include "print/PdfWriter.h"
#include "print/PlanPages.h"
#include "print/PrintLanguage.h"
#include "print/ProgrammeDocument.h"
#include "settings/Municipality.h"
#include "stores/ServiceCatalogue.h"
#include "views/StatisticsView.h"

#include <QDir>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

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
    m_printProgramme = m_menu->addAction(QString(), this, &ProgrammeActions::printProgramme);
    m_saveProgramme = m_menu->addAction(QString(), this, &ProgrammeActions::saveProgramme);
    m_menu->addSeparator();
    m_municipality = m_menu->addAction(QString(), this, &ProgrammeActions::editMunicipality);
    retranslate();
}

void ProgrammeActions::retranslate()
{
    m_menu->setTitle(tr("&Programme"));
    m_catalogue->setText(tr("&Service catalogue…"));
    m_statistics->setText(tr("&Follow-up statistics…"));
    m_programme->setText(tr("Integration &programme document…"));
    m_printProgramme->setText(tr("P&rint the integration programme…"));
    m_saveProgramme->setText(tr("Save the integration programme as P&DF…"));
    m_saveProgramme->setToolTip(tr("Save the integration programme as a PDF/A file to archive "
                                   "or publish"));
    m_municipality->setText(tr("&Municipality and service point…"));
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

ProgrammeDocument ProgrammeActions::programmeDocument() const
{
    return ProgrammeDocument(ServiceCatalogue(m_db).list(true),
                             {PrintLanguage::defaultCode(), municipality::name(), Clock::today()});
}

void ProgrammeActions::paint(QPrinter *printer)
{
    const ProgrammeDocument document = programmeDocument();
    printer->setDocName(document.title());
    PlanPages pages(document);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    pages.paint(painter, *printer);
    painter.end();
}

void ProgrammeActions::previewProgramme()
{
    QPrintPreviewDialog preview(m_window);
    preview.printer()->setPageSize(QPageSize(QPageSize::A4));
    preview.setWindowTitle(tr("The integration programme"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ProgrammeActions::paint);
    preview.exec();
}

bool ProgrammeActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void ProgrammeActions::printProgramme()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the integration programme"));
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void ProgrammeActions::saveProgramme()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFileName(
        m_window, tr("Save the integration programme as PDF"),
        QDir(folder).filePath(programmeDocument().suggestedFileName()), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveProgrammeTo(path);
}

bool ProgrammeActions::saveProgrammeTo(const QString &path)
{
    const PdfWriter::Result result = PdfWriter::write(programmeDocument(), path);
    if (!result.ok) {
        MessageBox::critical(m_window, tr("Save as PDF"), result.message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ProgrammeActions::editMunicipality()
{
    MunicipalityDialog dialog(m_window);
    dialog.exec();
}

} // namespace kotoplan
