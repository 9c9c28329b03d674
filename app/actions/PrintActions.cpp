// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/PrintActions.h"

#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "i18n/Translations.h"
#include "print/PdfWriter.h"
#include "print/PlanDocument.h"
#include "print/PlanPages.h"
#include "print/PrintLanguage.h"
#include "settings/DocumentFolder.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"
#include "window/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>
#include <QToolButton>

namespace kotoplan {

PrintActions::PrintActions(QSqlDatabase db, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_preview(
          new QAction(icons::named(QStringLiteral("document-print-preview")), QString(), this))
    , m_print(new QAction(icons::named(QStringLiteral("document-print")), QString(), this))
    , m_savePdf(new QAction(icons::named(QStringLiteral("document-save-as")), QString(), this))
    , m_languageMenu(new QMenu(window))
    , m_languages(new QActionGroup(this))
{
    m_print->setShortcut(QKeySequence::Print);
    connect(m_preview, &QAction::triggered, this, &PrintActions::preview);
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    connect(m_savePdf, &QAction::triggered, this, &PrintActions::savePdf);

    // Each language in its own name: the officer picks the client's language by it.
    const QString chosen = PrintLanguage::defaultCode();
    for (const QString &code : translations::languages()) {
        QAction *action = m_languageMenu->addAction(translations::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == chosen);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *action) {
        PrintLanguage::rememberCode(action->data().toString());
        showLanguage();
    });
    retranslate();
    setPlanId(0);
}

void PrintActions::retranslate()
{
    m_preview->setText(tr("Print pre&view…"));
    m_print->setText(tr("Prin&t…"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_preview->setToolTip(tr("Show the printed plan before printing"));
    m_savePdf->setToolTip(tr("Save the plan as a PDF/A file to archive or send"));
    m_languageMenu->menuAction()->setToolTip(tr("The language of the printed plan"));
    showLanguage();
}

PrintActions::~PrintActions() = default;

void PrintActions::addTo(QMenu *menu, QToolBar *toolBar)
{
    menu->addAction(m_preview);
    menu->addAction(m_print);
    menu->addAction(m_savePdf);
    menu->addMenu(m_languageMenu);
    toolBar->addAction(m_preview);
    toolBar->addAction(m_print);
    toolBar->addAction(m_savePdf);
    toolBar->addAction(m_languageMenu->menuAction());
    if (auto *button =
            qobject_cast<QToolButton *>(toolBar->widgetForAction(m_languageMenu->menuAction()))) {
        button->setPopupMode(QToolButton::InstantPopup);
        // The style draws the menu's arrow over the end of the text ("Suom⌄"): the text ends
        // in an arrow of its own instead (showLanguage).
        button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    }
}

void PrintActions::showLanguage()
{
    const QAction *checked = m_languages->checkedAction();
    m_languageMenu->setTitle(tr("Print &language: %1").arg(checked ? checked->text() : QString()));
    m_languageMenu->menuAction()->setIconText(
        tr("Print language: %1").arg(checked ? checked->text() : QString()) +
        QStringLiteral(" \u25BE"));
}

QString PrintActions::language() const
{
    const QAction *checked = m_languages->checkedAction();
    return checked ? checked->data().toString() : PrintLanguage::defaultCode();
}

void PrintActions::setLanguage(const QString &code)
{
    for (QAction *action : m_languages->actions()) {
        if (action->data().toString() == code)
            action->trigger();
    }
}

void PrintActions::setPlanId(qint64 planId)
{
    m_planId = planId;
    for (QAction *action : {m_preview, m_print, m_savePdf})
        action->setEnabled(planId > 0);
}

std::optional<PlanDocument> PrintActions::currentDocument() const
{
    if (m_planId <= 0)
        return std::nullopt;
    return PlanDocument::load(m_db, m_planId, language());
}

bool PrintActions::paint(QPrinter *printer)
{
    const std::optional<PlanDocument> document = currentDocument();
    if (!document)
        return false;
    printer->setDocName(document->title());
    PlanPages pages(*document);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    pages.paint(painter, *printer);
    return painter.end();
}

void PrintActions::recordPrinted()
{
    // One line per print, whatever the number of pages or previews painted on the way.
    const Result<Plan> plan = PlanStore(m_db).load(m_planId);
    if (plan)
        AuditLog(m_db, AuditActor::fromSettings())
            .append(AuditAction::Printed, plan->clientId, plan->id);
}

bool PrintActions::printTo(QPrinter *printer)
{
    if (!paint(printer))
        return false;
    recordPrinted();
    return true;
}

std::unique_ptr<QPrintPreviewDialog> PrintActions::createPreview()
{
    if (!currentDocument())
        return nullptr;
    auto dialog = std::make_unique<QPrintPreviewDialog>(m_window);
    dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
    dialog->setWindowTitle(tr("Print preview"));
    connect(dialog.get(), &QPrintPreviewDialog::paintRequested, this, &PrintActions::paint);
    return dialog;
}

void PrintActions::preview()
{
    Q_EMIT aboutToPrint();
    const std::unique_ptr<QPrintPreviewDialog> dialog = createPreview();
    // The preview's own Print button accepts the dialog once it has printed; closing the
    // preview rejects it, and looking at the pages prints nothing.
    if (dialog && dialog->exec() == QDialog::Accepted)
        recordPrinted();
}

void PrintActions::print()
{
    Q_EMIT aboutToPrint();
    if (!currentDocument())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the plan"));
    if (dialog.exec() == QDialog::Accepted && !printTo(&printer))
        MessageBox::critical(m_window, tr("Print the plan"), tr("The plan could not be printed."));
}

QString PrintActions::suggestedPath() const
{
    const std::optional<PlanDocument> document = currentDocument();
    const QString folder =
        documentFolder::forClient(document ? document->client().name : QString(), m_meeting);
    return QDir(folder).filePath(document ? document->suggestedFileName() : QString());
}

void PrintActions::savePdf()
{
    Q_EMIT aboutToPrint();
    const QString path = FileDialogs::saveFileName(m_window, tr("Save the plan as PDF"),
                                                   suggestedPath(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

bool PrintActions::savePdfTo(const QString &path)
{
    const std::optional<PlanDocument> document = currentDocument();
    if (!document)
        return false;
    const PdfWriter::Result result = PdfWriter::write(*document, path);
    if (!result.ok) {
        MessageBox::critical(m_window, tr("Save as PDF"), result.message);
        return false;
    }
    recordPrinted();
    Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PrintActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
