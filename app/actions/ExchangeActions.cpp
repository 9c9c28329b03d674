// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/ExchangeActions.h"

#include "dialogs/ConflictDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBox.h"
#include "exchange/PlanExport.h"
#include "print/PrintLanguage.h"
#include "settings/DocumentFolder.h"
#include "settings/ExportSettings.h"
#include "settings/OfficerSettings.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
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

void ExchangeActions::setMeeting(bool on)
{
    m_meeting = on;
}

bool ExchangeActions::exportTo(const QString &folder, const QString &receiver,
                               bool withLifeSituation, const QString &language)
{
    PlanExport::Request request;
    request.planId = m_planId;
    request.folder = folder;
    request.receiver = receiver;
    request.municipality = exportSettings::municipality();
    request.officer = officer::name();
    request.language = language.isEmpty() ? exportSettings::language() : language;
    request.withLifeSituation = withLifeSituation;
    const PlanExport::Result result = PlanExport::run(m_db, request);
    m_lastMessage = result.message;
    Q_EMIT message(result.message);
    return result.ok;
}

bool ExchangeActions::importFrom(const QString &path, const QStringList &takeFromFile)
{
    return importPreviewed(PlanImport::preview(m_db, path), takeFromFile);
}

bool ExchangeActions::importPreviewed(const PlanImport::Preview &preview,
                                      const QStringList &takeFromFile)
{
    // The bytes the officer chose from are the bytes imported, even if the file changes.
    const PlanImport::Result result =
        preview.result.ok() ? PlanImport::importBytes(m_db, preview.bytes, preview.fileName,
                                                      AuditActor::fromSettings(), takeFromFile)
                            : preview.result;
    QString text = result.message;
    for (const Problem &problem : result.problems)
        text += QLatin1Char('\n') + problem.field + QStringLiteral(": ") + problem.message;
    // A known client's details that still differ: both shown, the stored ones kept.
    for (const ClientDifference &difference : result.differences)
        text +=
            QLatin1Char('\n') + tr("%1: stored \"%2\", in the file \"%3\"")
                                    .arg(difference.label, difference.stored, difference.inFile);
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
    const Result<Plan> plan = PlanStore(m_db).load(m_planId);
    const Result<Client> client =
        plan ? ClientStore(m_db).load(plan->clientId) : Result<Client>::failureOf(plan);
    ExportDialog dialog(documentFolder::forClient(client ? client->name : QString(), m_meeting),
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!exportTo(dialog.folder(), dialog.receiver(), dialog.withLifeSituation(),
                  dialog.language()))
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
    const PlanImport::Preview preview = PlanImport::preview(m_db, path);
    QStringList take;
    if (preview.result.ok() && preview.stored) {
        // A known client whose details in the file differ: the officer chooses field by field.
        const SaveConflict choice = SaveConflict::ofImport(*preview.stored, preview.inFile);
        if (!choice.fields().isEmpty()) {
            ConflictDialog dialog(m_window);
            dialog.setWording(SaveConflictModel::Wording::ImportedClient);
            dialog.setConflict(choice);
            if (dialog.exec() != QDialog::Accepted) {
                m_lastMessage = tr("The import was cancelled; nothing was imported or changed.");
                Q_EMIT message(m_lastMessage);
                return;
            }
            take = dialog.conflict().theirsChosen();
        }
    }
    if (!importPreviewed(preview, take))
        MessageBox::warning(m_window, tr("Import a plan"), m_lastMessage);
}

void ExchangeActions::retranslate()
{
    m_export->setText(tr("E&xport for the TE office…"));
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
