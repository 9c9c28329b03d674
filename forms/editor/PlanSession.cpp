// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "editor/PlanSession.h"

#include "dialogs/ConflictDialog.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "editor/PlanEditor.h"
#include "fields/FieldLabels.h"
#include "fields/SaveConflict.h"
#include "stores/AuditLog.h"
#include "stores/ClientStore.h"
#include "stores/PlanReviews.h"
#include "stores/PlanStore.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace kotoplan {

PlanSession::PlanSession(QSqlDatabase db, PlanEditor *editor, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_editor(editor)
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_signedTimer(new QTimer(this))
{
    m_signedTimer->setInterval(signedCheckMs);
    connect(m_signedTimer, &QTimer::timeout, this, &PlanSession::checkSignedElsewhere);
    m_timer->setSingleShot(true);
    m_timer->setInterval(saveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PlanSession::saveNow);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &PlanSession::saveNow);
    connect(m_editor, &PlanEditor::edited, this, &PlanSession::edited);
    connect(m_editor, &PlanEditor::resolveConflictRequested, this, &PlanSession::resolveConflict);
    connect(qApp, &QApplication::focusChanged, this, &PlanSession::focusChanged);
}

qint64 PlanSession::clientId() const
{
    return m_editor->storedClient().id;
}

StoreResult PlanSession::open(qint64 planId)
{
    if (m_pending)
        saveNow();
    const Result<Plan> plan = PlanStore(m_db).load(planId);
    if (!plan)
        return StoreResult::failureOf(plan);
    const Result<Client> client = ClientStore(m_db).load(plan->clientId);
    if (!client)
        return StoreResult::failureOf(client);
    m_planId = planId;
    m_pending = false;
    m_timer->stop();
    m_retryTimer->stop();
    m_retryDelayMs = 0;
    show(*client, *plan);
    if (plan->status == PlanStatus::Draft && !m_readOnly)
        m_signedTimer->start();
    else
        m_signedTimer->stop();
    m_clientChangeLogged = false;
    m_planChangeLogged = false;
    // One line per opening: the autosaves that follow are no new look at the case. A read-only
    // database is never written to, not even for the log.
    if (!m_readOnly)
        AuditLog(m_db, AuditActor::fromSettings()).append(AuditAction::Viewed, client->id, planId);
    return {};
}

void PlanSession::show(const Client &client, const Plan &plan)
{
    const Result<QList<Plan>> read = PlanStore(m_db).plansOf(client.id);
    // Without the history the first plan's date stays empty, and the banner says why.
    const QList<Plan> history = read.value_or({});
    const QDate firstDate =
        history.isEmpty() || history.first().id == plan.id ? QDate() : history.first().draftedOn;
    m_editor->load(client, plan, firstDate, PlanReviews(m_db).previousSubGoals(plan));
    m_problemsShown = false;
    m_editor->refreshEligibility(Clock::today());
    if (!read)
        m_editor->setBanner(read.message);
}

bool PlanSession::isRetrying() const
{
    return m_retryTimer->isActive();
}

void PlanSession::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_pending = false;
        m_timer->stop();
        m_retryTimer->stop();
        m_signedTimer->stop();
    }
}

void PlanSession::close()
{
    m_planId = 0;
    m_pending = false;
    m_timer->stop();
    m_retryTimer->stop();
    m_signedTimer->stop();
    m_retryDelayMs = 0;
}

bool PlanSession::reload()
{
    const qint64 planId = m_planId;
    // The typing since the last save went into the file that was replaced; the restore's
    // confirmation said so.
    close();
    return planId > 0 && open(planId).ok();
}

void PlanSession::edited()
{
    if (m_readOnly || m_planId == 0)
        return;
    m_pending = true;
    m_editor->setSaveState(PlanEditor::SaveState::Saving);
    // Show what is wrong as the officer types; the save itself waits for a pause.
    showProblems();
    m_timer->start();
}

void PlanSession::showProblems()
{
    const QDate today = Clock::today();
    Problems problems = m_editor->clientProblems(today);
    const Client client = problems.isEmpty() ? m_editor->client() : m_editor->storedClient();
    problems.append(m_editor->planProblems(client, today));
    m_editor->showProblems(problems);
    m_problemsShown = !problems.isEmpty();
    m_editor->refreshEligibility(today);
}

bool PlanSession::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_planId > 0) {
        // Queued: the sections retranslate their .ui texts after this, which clears them.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_problemsShown)
                    showProblems();
                else
                    m_editor->refreshEligibility(Clock::today());
            },
            Qt::QueuedConnection);
    }
    return QObject::event(event);
}

void PlanSession::focusChanged(QWidget *old, QWidget *)
{
    if (m_pending && old && m_editor->isAncestorOf(old))
        saveNow();
}

bool PlanSession::saveNow()
{
    m_timer->stop();
    m_retryTimer->stop();
    // While the officer compares the versions, the choice decides what is saved.
    if (m_readOnly || m_planId == 0 || !m_pending || m_resolving)
        return !m_pending;
    if (checkSignedElsewhere())
        return false; // what was typed is shown for copying, not in the database
    m_retryable = false;
    bool clientValid = false;
    const bool clientSaved = saveClient(&clientValid);
    const bool planSaved = clientSaved && savePlan(clientValid);
    m_pending = !(clientSaved && planSaved);
    if (!m_pending) {
        m_retryDelayMs = 0;
        m_editor->setSaveState(PlanEditor::SaveState::Saved);
        Q_EMIT saved();
    } else if (m_retryable) {
        // A full disk or a locked file clears up without the officer: keep trying, less often
        // the longer it lasts.
        m_retryDelayMs =
            m_retryDelayMs == 0 ? firstRetryMs : std::min(2 * m_retryDelayMs, longestRetryMs);
        m_retryTimer->start(m_retryDelayMs);
    }
    return !m_pending;
}

bool PlanSession::checkSignedElsewhere()
{
    if (m_readOnly || m_planId == 0 || m_resolving ||
        m_editor->storedPlan().status == PlanStatus::Signed)
        return false;
    const Result<Plan> stored = PlanStore(m_db).load(m_planId);
    if (!stored || stored->status != PlanStatus::Signed)
        return false;
    const Result<Client> client = ClientStore(m_db).load(stored->clientId);
    if (!client)
        return false;
    const QString unsaved =
        m_pending ? FieldLabels::unsavedText(m_editor->storedClient(), m_editor->client(),
                                             m_editor->storedPlan(), m_editor->plan())
                  : QString();
    m_pending = false;
    m_timer->stop();
    m_retryTimer->stop();
    m_signedTimer->stop();
    show(*client, *stored);
    m_editor->setBanner(
        unsaved.isEmpty()
            ? tr("This plan was signed on %1 by %2 elsewhere (another desk or the command line) "
                 "and is kept as it is now. Start a review to change it.")
                  .arg(dateText::formatDate(stored->signedOn), stored->signedBy)
            : tr("This plan was signed on %1 by %2 elsewhere (another desk or the command line) "
                 "and is kept as it is now. Your latest changes could not go into it: they are "
                 "shown in a window of their own for copying, for example into a review.")
                  .arg(dateText::formatDate(stored->signedOn), stored->signedBy));
    Q_EMIT signedElsewhere(unsaved);
    return true;
}

void PlanSession::showFailure(const StoreResult &result)
{
    m_retryable = m_retryable || result.status == StoreResult::Status::Failed;
    const QString reason = result.status == StoreResult::Status::Failed
                               ? result.message + QLatin1Char(' ') +
                                     tr("Kotoplan tries again by itself; your text stays here.")
                               : result.message;
    m_editor->setSaveState(PlanEditor::SaveState::NotSaved, reason);
}

// Saves the client's part; false when it could not be saved (the reason is shown).
bool PlanSession::saveClient(bool *clientValid)
{
    const QDate today = Clock::today();
    const Problems problems = m_editor->clientProblems(today);
    *clientValid = problems.isEmpty();
    Client client = m_editor->client();
    if (!problems.isEmpty()) {
        // The plan's own fields are still worth saving against the stored client.
        savePlan(false);
        m_editor->setSaveState(PlanEditor::SaveState::NotSaved, problems.first().message);
        return false;
    }
    if (client == m_editor->storedClient())
        return true;
    // One "changed" line per opening, written in the save's own transaction: the autosaves of
    // one sitting are one piece of work, not a line every few seconds.
    const StoreResult result =
        m_clientChangeLogged
            ? ClientStore(m_db).save(client)
            : ClientStore(m_db, AuditLog(m_db, AuditActor::fromSettings())).save(client);
    if (!result.ok()) {
        showFailure(result);
        if (result.status == StoreResult::Status::Conflict)
            showConflict();
        return false;
    }
    m_clientChangeLogged = true;
    m_editor->rebase(client, m_editor->storedPlan());
    return true;
}

bool PlanSession::savePlan(bool clientValid)
{
    const QDate today = Clock::today();
    const Client client = clientValid ? m_editor->client() : m_editor->storedClient();
    const Problems problems = m_editor->planProblems(client, today);
    if (!problems.isEmpty()) {
        m_editor->setSaveState(PlanEditor::SaveState::NotSaved, problems.first().message);
        return false;
    }
    Plan plan = m_editor->plan();
    if (plan == m_editor->storedPlan())
        return true;
    const StoreResult result =
        m_planChangeLogged ? PlanStore(m_db).save(plan)
                           : PlanStore(m_db, AuditLog(m_db, AuditActor::fromSettings())).save(plan);
    if (!result.ok()) {
        showFailure(result);
        if (result.status == StoreResult::Status::Conflict)
            showConflict();
        return false;
    }
    m_planChangeLogged = true;
    m_editor->rebase(m_editor->storedClient(), plan);
    return true;
}

void PlanSession::showConflict()
{
    m_editor->showConflict(
        tr("Not saved: someone else saved this case while you were writing. Nothing was "
           "overwritten and your text is still here. Compare the two versions and choose what "
           "to keep."));
}

bool PlanSession::resolveConflict()
{
    if (m_readOnly || m_planId == 0 || m_resolving)
        return false;
    m_timer->stop();
    m_retryTimer->stop();
    const Result<Plan> theirPlan = PlanStore(m_db).load(m_planId);
    const Result<Client> theirClient = theirPlan ? ClientStore(m_db).load(theirPlan->clientId)
                                                 : Result<Client>::failureOf(theirPlan);
    if (theirClient.status == StoreResult::Status::NotFound) {
        m_editor->setBanner(tr("Not saved: this plan is no longer in the database. Your text is "
                               "still here; copy what you need."));
        return false;
    }
    if (!theirClient) {
        m_editor->setBanner(tr("Not saved: %1 Your text is still here.").arg(theirClient.message));
        return false;
    }
    if (theirPlan->status == PlanStatus::Signed) {
        m_editor->setBanner(tr("Not saved: the plan was signed in the meantime and is kept as "
                               "it is. Your text is still here; start a review to carry it on."));
        return false;
    }
    SaveConflict conflict({m_editor->storedClient(), m_editor->storedPlan()},
                          {m_editor->client(), m_editor->plan()}, {*theirClient, *theirPlan});
    if (!conflict.fields().isEmpty()) {
        ConflictDialog dialog(m_editor);
        dialog.setConflict(conflict);
        m_resolving = true;
        const int answer = dialog.exec();
        m_resolving = false;
        if (answer != QDialog::Accepted)
            return false; // the banner stays, and so does the text
        conflict = dialog.conflict();
    }
    // The editor shows the chosen version over the one saved meanwhile, so the ordinary save
    // checks it and writes it against the other officer's row version.
    const SaveConflict::Version chosen = conflict.resolved();
    show(chosen.client, chosen.plan);
    m_editor->rebase(*theirClient, *theirPlan);
    m_pending = true;
    return saveNow();
}

} // namespace kotoplan
