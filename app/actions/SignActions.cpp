// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "actions/SignActions.h"

#include "dialogs/MessageBox.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "editor/PlanEditor.h"
#include "settings/OfficerSettings.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanStore.h"
#include "stores/SigningCheck.h"
#include "window/CaseWorkspace.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>

namespace kotoplan {

SignActions::SignActions(QSqlDatabase db, CaseWorkspace *workspace, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_workspace(workspace)
    , m_window(window)
    , m_sign(new QAction(this))
{
    m_sign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sign->setIcon(QIcon::fromTheme(QStringLiteral("document-sign"),
                                     QIcon::fromTheme(QStringLiteral("mail-signed"))));
    connect(m_sign, &QAction::triggered, this, &SignActions::sign);
    connect(workspace->editor(), &PlanEditor::signRequested, this, &SignActions::sign);
    connect(workspace, &CaseWorkspace::planStateChanged, this, &SignActions::update);
    retranslate();
    update();
}

void SignActions::retranslate()
{
    m_sign->setText(tr("&Sign plan…"));
    m_sign->setToolTip(tr("Record that the client and you signed the printed plan: it is then "
                          "kept as it is (Ctrl+Shift+S)"));
}

bool SignActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void SignActions::update()
{
    const qint64 planId = m_workspace->currentPlanId();
    const Result<Plan> plan =
        planId > 0 ? PlanStore(m_db).load(planId) : Result<Plan>(ResultStatus::NotFound, QString());
    m_sign->setEnabled(plan && plan->status == PlanStatus::Draft && !m_workspace->isReadOnly());
}

bool SignActions::sign()
{
    const qint64 planId = m_workspace->currentPlanId();
    if (planId == 0) {
        Q_EMIT message(tr("Choose a client in the list first."));
        return false;
    }
    if (m_workspace->isReadOnly()) {
        Q_EMIT message(tr("The database is read-only: no plan can be signed."));
        return false;
    }
    // What is signed is what is typed: the open plan is saved first, and a plan that cannot be
    // saved is not signed.
    if (!m_workspace->saveNow()) {
        MessageBox::information(m_window, tr("Sign plan"),
                                tr("The plan cannot be signed before your latest changes are "
                                   "saved:\n%1")
                                    .arg(m_workspace->editor()->saveStateText()));
        return false;
    }
    const QDate today = Clock::today();
    const QString officer = officer::name();
    const QList<SigningCheck::Missing> missing = SigningCheck(m_db).missing(planId, today, officer);
    if (!missing.isEmpty()) {
        MessageBox::information(m_window, tr("Sign plan"),
                                tr("The plan cannot be signed yet. Still missing:\n\n%1")
                                    .arg(SigningCheck::describe(missing)));
        return false;
    }
    const Result<Plan> plan = PlanStore(m_db).load(planId);
    const Result<Client> client =
        plan ? ClientStore(m_db).load(plan->clientId) : Result<Client>::failureOf(plan);
    if (!client)
        return false;
    const QString organisation = officer::organisation();
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Sign plan"),
        tr("Record that %1 and you signed the printed plan?\n\nDate: %2\nOfficer: %3\n"
           "Organisation: %4\n\nA signed plan is kept as it is: later changes go into a review.")
            .arg(client->name, dateText::formatDate(today), officer,
                 organisation.isEmpty() ? tr("(not set: Edit > Settings)") : organisation),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    const StoreResult result =
        PlanStore(m_db, AuditLog(m_db, AuditActor::fromSettings())).sign(planId, today, officer);
    if (!result.ok()) {
        QStringList lines{result.message};
        for (const Problem &problem : result.problems)
            lines.append(problem.message);
        MessageBox::critical(m_window, tr("Sign plan"), lines.join(QLatin1Char('\n')));
        m_workspace->planSigned(planId); // signed elsewhere meanwhile: show what is stored
        return false;
    }
    m_workspace->planSigned(planId);
    Q_EMIT message(tr("The plan is signed and kept as it is."));
    return true;
}

} // namespace kotoplan
