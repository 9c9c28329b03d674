// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "window/CaseWorkspace.h"

#include "dialogs/MessageBox.h"
#include "dialogs/PlanComparisonDialog.h"
#include "dialogs/UnsavedTextDialog.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Eligibility.h"
#include "editor/PlanEditor.h"
#include "editor/PlanSession.h"
#include "models/CaseListModel.h"
#include "stores/ClientStore.h"
#include "stores/PlanReviews.h"
#include "stores/PlanStore.h"
#include "views/CaseListView.h"
#include "views/NoPlanView.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>

namespace kotoplan {

CaseWorkspace::CaseWorkspace(QSqlDatabase db, QWidget *parent)
    : QStackedWidget(parent)
    , m_db(std::move(db))
    , m_caseModel(new CaseListModel(m_db, this))
    , m_caseList(new CaseListView(this))
    , m_editor(new PlanEditor(this))
    , m_session(new PlanSession(m_db, m_editor, this))
    , m_meetingPlaceholder(new QLabel(this))
    , m_noPlan(new NoPlanView(this))
{
    m_caseList->setModel(m_caseModel);
    m_editor->setServiceCatalogue(m_db);
    m_meetingPlaceholder->setAlignment(Qt::AlignCenter);
    m_meetingPlaceholder->setWordWrap(true);
    retranslate();
    addWidget(m_caseList);
    addWidget(m_editor);
    addWidget(m_meetingPlaceholder);
    addWidget(m_noPlan);
    connect(m_noPlan, &NoPlanView::newPlanRequested, this, &CaseWorkspace::newPlan);
    connect(m_caseList, &CaseListView::openRequested, this, &CaseWorkspace::openCase);
    connect(this, &QStackedWidget::currentChanged, this, &CaseWorkspace::pageChanged);
    connect(this, &QStackedWidget::currentChanged, this, &CaseWorkspace::updatePlanState);
    connect(m_caseList->tableView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CaseWorkspace::updatePlanState);
    connect(m_editor, &PlanEditor::startReviewRequested, this, &CaseWorkspace::startReview);
    connect(m_editor, &PlanEditor::compareRequested, this, &CaseWorkspace::compareWithPrevious);
    connect(m_session, &PlanSession::signedElsewhere, this, &CaseWorkspace::showSignedElsewhere);
    connect(m_editor, &PlanEditor::serviceStartsRecorded, this, [this] {
        Q_EMIT message(tr("The start dates of the services were saved."));
        Q_EMIT planStateChanged();
    });
}

bool CaseWorkspace::openCase(qint64 clientId, qint64 planId)
{
    if (planId > 0)
        return openPlan(planId);
    // A client with plans opens at the latest; only a client without one gets a new draft.
    const Result<QList<Plan>> plans = PlanStore(m_db).plansOf(clientId);
    if (!plans) {
        Q_EMIT message(plans.message);
        return false;
    }
    if (!plans->isEmpty())
        return openPlan(plans->constLast().id);
    if (refuseWhenReadOnly())
        return false;
    // Nothing is made by opening: a plan is the officer's choice.
    const Result<Client> client = ClientStore(m_db).load(clientId);
    if (!client)
        return false;
    saveNow();
    m_session->close();
    m_noPlan->setClient(client->id, client->name);
    setCurrentWidget(m_noPlan);
    m_noPlan->newPlanButton()->setFocus();
    updatePlanState();
    return true;
}

bool CaseWorkspace::confirmLateFirstPlan(const Client &client)
{
    const Eligibility eligibility = Eligibility::evaluate(client.firstPermitDate, Clock::today());
    if (!eligibility.known || eligibility.eligible)
        return true;
    return MessageBox::question(
               this, tr("New plan"),
               tr("The three-year window of %1 closed on %2: a first integration plan may no "
                  "longer be due. Make one anyway?")
                   .arg(client.name, dateText::displayDate(eligibility.deadline)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

bool CaseWorkspace::openDraft(qint64 clientId)
{
    const Result<Client> client = ClientStore(m_db).load(clientId);
    if (!client) {
        Q_EMIT message(client.message);
        return false;
    }
    const Result<QList<Plan>> plans = PlanStore(m_db).plansOf(clientId);
    if (!plans) {
        Q_EMIT message(plans.message);
        return false;
    }
    // One draft per client: a second would split the officer's work between two plans, and
    // only one of them could be signed.
    for (const Plan &existing : *plans) {
        if (existing.status == PlanStatus::Draft) {
            Q_EMIT message(tr("This client already has a draft plan, of %1: it is opened instead "
                              "of a second one.")
                               .arg(dateText::displayDate(existing.draftedOn)));
            return openPlan(existing.id);
        }
    }
    if (plans->isEmpty() && !confirmLateFirstPlan(*client))
        return false;
    Result<Plan> draft = PlanStore(m_db).draftFor(*client, Clock::today());
    if (!draft) {
        Q_EMIT message(draft.message);
        return false;
    }
    Plan plan = *draft;
    const StoreResult result =
        PlanStore(m_db, AuditLog(m_db, AuditActor::fromSettings())).save(plan);
    if (!result.ok()) {
        Q_EMIT message(result.message);
        return false;
    }
    m_caseModel->reload();
    return openPlan(plan.id);
}

bool CaseWorkspace::openPlan(qint64 planId)
{
    saveNow();
    if (const StoreResult opened = m_session->open(planId); !opened) {
        Q_EMIT message(opened.message);
        return false;
    }
    setCurrentWidget(m_editor);
    m_editor->scrollArea()->ensureVisible(0, 0);
    if (!m_editor->inputs().isEmpty())
        m_editor->inputs().constFirst()->setFocus();
    updatePlanState();
    return true;
}

bool CaseWorkspace::isEditing() const
{
    return currentWidget() == m_editor;
}

qint64 CaseWorkspace::currentClientId() const
{
    if (currentWidget() == m_noPlan)
        return m_noPlan->clientId();
    if (isEditing() || m_meeting)
        return m_session->clientId();
    const QModelIndex current = m_caseList->tableView()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::ClientIdRole).toLongLong() : 0;
}

qint64 CaseWorkspace::currentPlanId() const
{
    if (isEditing() || m_meeting)
        return m_session->planId();
    const QModelIndex current = m_caseList->tableView()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::PlanIdRole).toLongLong() : 0;
}

bool CaseWorkspace::newPlan()
{
    const qint64 clientId = currentClientId();
    if (clientId == 0) {
        Q_EMIT message(tr("Choose a client in the list first."));
        return false;
    }
    if (refuseWhenReadOnly())
        return false;
    saveNow();
    return openDraft(clientId);
}

bool CaseWorkspace::canStartReview() const
{
    const qint64 clientId = currentClientId();
    return !m_readOnly && clientId > 0 && PlanReviews(m_db).canStart(clientId);
}

bool CaseWorkspace::canCompare() const
{
    if (!isEditing() && !(m_meeting && m_session->planId() > 0))
        return false;
    const Plan plan = m_editor->storedPlan();
    return plan.kind == PlanKind::Review && plan.previousPlanId > 0;
}

void CaseWorkspace::updatePlanState()
{
    m_editor->setCanStartReview(canStartReview());
    Q_EMIT planStateChanged();
}

bool CaseWorkspace::startReview()
{
    const qint64 clientId = currentClientId();
    if (clientId == 0) {
        Q_EMIT message(tr("Choose a client in the list first."));
        return false;
    }
    if (refuseWhenReadOnly())
        return false;
    saveNow();
    Plan review;
    const StoreResult result = PlanReviews(m_db, AuditLog(m_db, AuditActor::fromSettings()))
                                   .start(clientId, Clock::today(), &review);
    if (!result.ok()) {
        Q_EMIT message(result.message);
        updatePlanState();
        return false;
    }
    m_caseModel->reload();
    if (!openPlan(review.id))
        return false;
    m_editor->focusOutcomes();
    Q_EMIT message(tr("Review started: give each sub-goal of the previous plan its outcome."));
    return true;
}

PlanComparisonDialog *CaseWorkspace::comparisonDialog() const
{
    return m_comparison;
}

bool CaseWorkspace::compareWithPrevious()
{
    if (!canCompare())
        return false;
    const Plan current = m_editor->plan();
    const std::optional<Plan> previous = PlanReviews(m_db).previousPlan(current);
    if (!previous) {
        Q_EMIT message(tr("The previous version could not be found."));
        return false;
    }
    if (!m_comparison) {
        m_comparison = new PlanComparisonDialog(this);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_comparison->setPlans(*previous, current);
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return true;
}

void CaseWorkspace::showList()
{
    if (m_meeting)
        return;
    saveNow();
    m_caseModel->reload();
    setCurrentWidget(m_caseList);
    m_caseList->searchEdit()->setFocus();
    updatePlanState();
}

void CaseWorkspace::setMeeting(bool on)
{
    m_meeting = on;
    if (on && !isEditing() && currentWidget() != m_noPlan) {
        // Nothing of the list may stay on screen, not even behind another page.
        setCurrentWidget(m_session->planId() > 0 ? static_cast<QWidget *>(m_editor)
                                                 : m_meetingPlaceholder);
    } else if (!on && currentWidget() == m_meetingPlaceholder) {
        setCurrentWidget(m_caseList);
    }
    m_caseList->setVisible(!on && currentWidget() == m_caseList);
}

bool CaseWorkspace::saveNow()
{
    return m_session->saveNow();
}

bool CaseWorkspace::refuseWhenReadOnly()
{
    if (m_readOnly)
        Q_EMIT message(tr("The database is read-only: no plan can be started."));
    return m_readOnly;
}

void CaseWorkspace::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_session->setReadOnly(true);
    m_editor->setLocked(reason);
    m_caseList->setReadOnly(true);
}

void CaseWorkspace::leaveEditor()
{
    m_session->close();
    if (m_meeting) {
        setCurrentWidget(m_meetingPlaceholder);
        return;
    }
    m_caseModel->reload();
    setCurrentWidget(m_caseList);
}

void CaseWorkspace::reloadFromDatabase()
{
    m_caseModel->reload();
    if (m_session->planId() == 0)
        return;
    if (!m_session->reload()) {
        leaveEditor();
        Q_EMIT message(tr("The plan that was open is not in the restored database."));
    }
}

void CaseWorkspace::clientErased(qint64 clientId)
{
    if (m_session->planId() > 0 && m_session->clientId() == clientId)
        leaveEditor();
    else
        m_caseModel->reload();
}

void CaseWorkspace::planSigned(qint64 planId)
{
    m_caseModel->reload();
    if (m_session->planId() == planId)
        m_session->reload();
    updatePlanState();
}

UnsavedTextDialog *CaseWorkspace::unsavedTextDialog() const
{
    return m_unsaved;
}

void CaseWorkspace::showSignedElsewhere(const QString &unsavedText)
{
    m_caseModel->reload();
    updatePlanState();
    if (unsavedText.isEmpty())
        return;
    // Beside the editor, not modal: the officer copies from it into the review at leisure.
    if (!m_unsaved) {
        m_unsaved = new UnsavedTextDialog(this);
        m_unsaved->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_unsaved->setText(unsavedText);
    m_unsaved->show();
    m_unsaved->raise();
}

void CaseWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

void CaseWorkspace::retranslate()
{
    m_meetingPlaceholder->setText(
        tr("Meeting mode: no plan is open. Leave meeting mode (Ctrl+M) to choose a case."));
}

} // namespace kotoplan
