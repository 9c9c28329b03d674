// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/ExchangeActions.h"

#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "dialogs/TextPrompt.h"
#include "exchange/PlanExport.h"
#include "exchange/PlanImport.h"
#include "print/PrintLanguage.h"
#include "settings/OfficerSettings.h"
#include "window/Icons.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QToolBar>

namespace kotoplan {

ExchangeActions::ExchangeActions(QSqlDatabase db, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_export(new QAction(this))
    , m_import(new QAction(this))
{
    retranslate();
    m_export->setIcon(icons::named(QStringLiteral("document-send")));
    m_import->setIcon(icons::named(QStringLiteral("document-import")));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::exportPlan);
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importPlan);
    setPlanId(0);
}

void ExchangeActions::addTo(QMenu *menu, QToolBar *toolBar)
{
    menu->addAction(m_export);
    menu->addAction(m_import);
    toolBar->addAction(m_export);
}

void ExchangeActions::setPlanId(qint64 planId)
{
    m_planId = planId;
    m_export->setEnabled(planId > 0);
}

bool ExchangeActions::exportTo(const QString &folder, const QString &receiver,
                               bool withLifeSituation)
{
    PlanExport::Request request;
    request.planId = m_planId;
    request.folder = folder;
    request.receiver = receiver;
    request.municipality = officer::organisation();
    request.officer = officer::name();
    request.language = PrintLanguage::defaultCode();
    request.withLifeSituation = withLifeSituation;
    const PlanExport::Result result = PlanExport::run(m_db, request);
    m_lastMessage = result.message;
    Q_EMIT message(result.message);
    return result.ok;
}

bool ExchangeActions::importFrom(const QString &path)
{
    const PlanImport::Result result = PlanImport::importFile(m_db, path);
    QString text = result.message;
    for (const Problem &problem : result.problems)
        text += QLatin1Char('\n') + problem.field + QStringLiteral(": ") + problem.message;
    m_lastMessage = text;
    Q_EMIT message(text);
    if (result.status == PlanImport::Result::Status::Imported)
        Q_EMIT imported(result.clientId, result.planId);
    return result.ok();
}

void ExchangeActions::exportPlan()
{
    if (m_planId <= 0)
        return;
    const QString folder = FileDialogs::existingDirectory(
        m_window, tr("Export for the TE office: choose a folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const std::optional<QString> receiver = TextPrompt::ask(
        m_window, tr("Export for the TE office"), tr("Receiver:"), tr("Employment authority"));
    if (!receiver)
        return;
    // The summary may hold health data: it goes out only when the officer says so.
    const bool withLifeSituation =
        MessageBox::question(m_window, tr("Export for the TE office"),
                             tr("Include the summary of the client's life situation? It may "
                                "hold health data."),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) == QMessageBox::Yes;
    if (!exportTo(folder, *receiver, withLifeSituation))
        MessageBox::warning(m_window, tr("Export for the TE office"), m_lastMessage);
}

void ExchangeActions::importPlan()
{
    const QString path = FileDialogs::openFileName(
        m_window, tr("Import a plan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Plan files (*.json)"));
    if (path.isEmpty())
        return;
    if (!importFrom(path))
        MessageBox::warning(m_window, tr("Import a plan"), m_lastMessage);
}

void ExchangeActions::retranslate()
{
    m_export->setText(tr("&Export for the TE office…"));
    m_export->setToolTip(tr("Write the plan as PDF/A and JSON for the employment authority"));
    m_import->setText(tr("&Import plan…"));
}

bool ExchangeActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

} // namespace kotoplan
